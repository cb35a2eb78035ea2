package org.husnu.symposium.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for login links and API tokens, and the hash under which they are
 * stored. 256 random bits make a fast hash (SHA-256) safe here: there is nothing to guess
 * offline, unlike with passwords.
 */
public final class Secrets {

	/** Prefix of personal API tokens, so they are recognisable in logs and scanners. */
	public static final String API_TOKEN_PREFIX = "hsn_";

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/**
	 * A new random secret, URL-safe.
	 * @return 43 characters encoding 256 random bits
	 */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The hash a secret is stored and looked up under.
	 * @param secret the secret
	 * @return hex SHA-256
	 */
	public static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
