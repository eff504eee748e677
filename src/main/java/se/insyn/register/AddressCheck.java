package se.insyn.register;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.address.Addresses;
import se.insyn.model.Content;
import se.insyn.model.Moved;
import se.insyn.model.Origin;
import se.insyn.model.Withdrawn;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;

/** Checks that every published address still answers, and that moves and withdrawals are consistent. */
public final class AddressCheck {
    private final Content content;
    private final Addresses addresses;
    private final AddressRegister register;

    public AddressCheck(Content content, Addresses addresses, AddressRegister register) {
        this.content = content;
        this.addresses = addresses;
        this.register = register;
    }

    /**
     * @param pageAddresses every page address of the new site, redirects and withdrawal notices included
     * @param otherFiles the site's other files (feeds, data, CSS) by path below the output folder
     */
    public void check(List<String> pageAddresses, java.util.Collection<String> otherFiles, Problems problems) {
        Set<String> siteAddresses = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (String address : pageAddresses) {
            if (!siteAddresses.add(address)) {
                twice.add(address);
            }
        }
        Set<String> others = Set.copyOf(otherFiles);
        Set<String> kept = new HashSet<>();
        for (Moved moved : content.moved()) {
            if (moved.to() != null && !siteAddresses.contains(moved.to())) {
                problems.error(moved.origin().file(), moved.origin().line(), Text.of("register.movedToNothing", moved.to()),
                        Text.of("register.movedToNothing.fix"));
            }
            underBase(moved.from(), moved.origin(), problems);
            underBase(moved.to(), moved.origin(), problems);
            claimOnce(moved.from(), moved.origin(), kept, twice, others, problems);
        }
        for (Withdrawn withdrawn : content.withdrawn()) {
            underBase(withdrawn.address(), withdrawn.origin(), problems);
            claimOnce(withdrawn.address(), withdrawn.origin(), kept, twice, others, problems);
        }
        for (Map.Entry<String, Integer> missing : register.missingFrom(siteAddresses).entrySet()) {
            problems.error(register.file().getFileName(), missing.getValue(), Text.of("register.vanished", missing.getKey()),
                    Text.of("register.vanished.fix", missing.getKey()));
        }
    }

    private void underBase(String address, Origin origin, Problems problems) {
        if (address != null && !address.startsWith(addresses.basePath())) {
            problems.error(origin.file(), origin.line(), Text.of("register.outsideBase", address, addresses.basePath()),
                    Text.of("register.outsideBase.fix", addresses.basePath()));
        }
    }

    /** An address may be kept alive by one declaration only, and never by one that a live page already uses. */
    private void claimOnce(String address, Origin origin, Set<String> kept, Set<String> twice, Set<String> others,
                           Problems problems) {
        if (address != null && address.startsWith(addresses.basePath()) && others.contains(addresses.fileFor(address))) {
            problems.error(origin.file(), origin.line(), Text.of("register.generatedFile", address), Text.of("register.generatedFile.fix"));
        }
        if (twice.contains(address) && !kept.contains(address)) {
            problems.error(origin.file(), origin.line(), Text.of("register.stillPublished", address), Text.of("register.stillPublished.fix"));
        }
        if (address != null && !kept.add(address)) {
            problems.error(origin.file(), origin.line(), Text.of("register.claimedTwice", address), Text.of("register.claimedTwice.fix"));
        }
    }
}
