package se.insyn.serve;

import java.nio.charset.StandardCharsets;

/** The preview's only script: asks for the build version and reloads the page when it changes. Never in the public site. */
final class LiveReload {
    private LiveReload() {
    }

    static byte[] script(String versionUrl, long version) {
        String js = """
                (function () {
                  var seen = "%d";
                  function poll() {
                    fetch("%s", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
                      if (v !== seen) { location.reload(); } else { setTimeout(poll, 50); }
                    }).catch(function () { setTimeout(poll, 1000); });
                  }
                  poll();
                })();
                """.formatted(version, versionUrl);
        return js.getBytes(StandardCharsets.UTF_8);
    }
}
