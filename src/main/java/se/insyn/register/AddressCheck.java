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
                problems.error(moved.origin().file(), moved.origin().line(), "adressen " + moved.to() + " som sidan flyttas till finns inte på webbplatsen",
                        "skriv adressen till en sida som finns, från första snedstrecket");
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
            problems.error(register.file().getFileName(), missing.getValue(), "den publicerade adressen " + missing.getKey() + " finns inte längre",
                    "publicerade adresser får inte försvinna: lägg i content/ en post med type: moved (from: "
                            + missing.getKey() + ", to: den nya adressen) eller type: withdrawn (address, date, reason)");
        }
    }

    private void underBase(String address, Origin origin, Problems problems) {
        if (address != null && !address.startsWith(addresses.basePath())) {
            problems.error(origin.file(), origin.line(), "adressen " + address + " ligger utanför webbplatsens sökväg "
                    + addresses.basePath(), "skriv hela adressen som den publicerades, med början " + addresses.basePath());
        }
    }

    /** An address may be kept alive by one declaration only, and never by one that a live page already uses. */
    private void claimOnce(String address, Origin origin, Set<String> kept, Set<String> twice, Set<String> others,
                           Problems problems) {
        if (address != null && address.startsWith(addresses.basePath()) && others.contains(addresses.fileFor(address))) {
            problems.error(origin.file(), origin.line(), "adressen " + address + " är en fil som webbplatsen själv skriver",
                    "välj adressen till en sida som inte längre finns");
        }
        if (twice.contains(address) && !kept.contains(address)) {
            problems.error(origin.file(), origin.line(), "adressen " + address + " används av en post som är publicerad",
                    "en adress kan bara flyttas eller dras tillbaka när ingen post längre har den; ta bort posten eller den här deklarationen");
        }
        if (address != null && !kept.add(address)) {
            problems.error(origin.file(), origin.line(), "adressen " + address + " är redan flyttad eller tillbakadragen i en annan post",
                    "behåll en av posterna");
        }
    }
}
