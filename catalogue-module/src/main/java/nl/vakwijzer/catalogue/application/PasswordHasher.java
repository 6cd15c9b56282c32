package nl.vakwijzer.catalogue.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords with the server's PBKDF2 implementation (PBKDF2WithHmacSHA512).
 *
 * <p>The iteration count is configurable ({@code catalogue.password.iterations}); each stored
 * hash records its own parameters, so raising the count never locks anyone out.
 */
@ApplicationScoped
class PasswordHasher {
  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "catalogue.password.iterations", defaultValue = "210000")
  int iterations;

  /** A hash of a random secret, verified against when the username is unknown (equal timing). */
  private String dummyHash;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification without a real account. */
  void verifyDummy(String password) {
    hash.verify(password.toCharArray(), dummyHash);
  }
}
