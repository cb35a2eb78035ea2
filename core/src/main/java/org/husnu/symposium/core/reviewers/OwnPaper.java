package org.husnu.symposium.core.reviewers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.husnu.symposium.core.DomainRuleException;

/**
 * One of a reviewer's own papers, as the text affinity reads it.
 *
 * @param id the paper's id: as uploaded, or derived from its title and text, so the same
 * paper uploaded twice is one paper
 * @param title the title
 * @param text the abstract, may be empty
 * @param source how it came: {@code manual}, {@code upload} or {@code import}
 * @param addedAt when it was added
 */
public record OwnPaper(String id, String title, String text, String source, Instant addedAt) {

	/** Longest title, in characters. */
	public static final int MAX_TITLE = 500;

	/** Longest abstract, in characters. */
	public static final int MAX_TEXT = 5000;

	/** Longest id, in characters. */
	public static final int MAX_ID = 200;

	public OwnPaper {
		title = (title != null) ? title.strip() : "";
		text = (text != null) ? text.strip() : "";
		DomainRuleException.require(!title.isEmpty(), "archive.title", "Give the paper's title");
		DomainRuleException.require(title.length() <= MAX_TITLE, "archive.title", "A paper title has at most "
				+ MAX_TITLE + " characters; shorten \"" + title.substring(0, Math.min(60, title.length())) + "…\"");
		DomainRuleException.require(text.length() <= MAX_TEXT, "archive.text",
				"A paper abstract has at most " + MAX_TEXT + " characters; shorten the abstract of \""
						+ title.substring(0, Math.min(60, title.length())) + "\"");
		id = (id == null || id.isBlank()) ? idOf(title, text) : id.strip();
		DomainRuleException.require(id.length() <= MAX_ID, "archive.id",
				"A paper id has at most " + MAX_ID + " characters");
	}

	/**
	 * A paper whose id follows from its content.
	 * @param title the title
	 * @param text the abstract
	 * @param source how it came
	 * @param at when
	 * @return the paper
	 */
	public static OwnPaper of(String title, String text, String source, Instant at) {
		return new OwnPaper(null, title, text, source, at);
	}

	private static String idOf(String title, String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((title + "\n" + text).getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
