package org.husnu.symposium.core.reviewers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.BSONException;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.affinity.OpenReviewFolder;

/**
 * Papers in JSON Lines, one per line, in the line format of OpenReview's archives:
 * {@code {"id", "content": {"title", "abstract"}}}, where a field may also be an object
 * {@code {"value": ...}} (OpenReview API v2). For a chairs' import each line also names
 * the reviewer: {@code "email"} (or {@code "reviewer"}) at the top level. The whole text
 * is checked before anything is stored: one bad line refuses the upload, naming the line.
 */
public final class ArchiveLines {

	private ArchiveLines() {
	}

	/**
	 * Reads the papers of a JSON Lines text.
	 * @param text the uploaded text
	 * @param source how the papers came ({@code upload} or {@code import})
	 * @param at when
	 * @param withReviewer whether each line must name its reviewer
	 * @return the lines, in order (blank lines skipped)
	 * @throws DomainRuleException naming the first line that is not a paper
	 */
	public static List<Line> read(String text, String source, Instant at, boolean withReviewer) {
		DomainRuleException.require(text != null && !text.isBlank(), "archive.upload.empty",
				"The file is empty; give one paper per line as {\"id\", \"content\": {\"title\", \"abstract\"}}");
		DomainRuleException.require(text.length() <= ReviewerPapers.MAX_UPLOAD_BYTES, "archive.upload.too-large",
				"A JSON Lines file has at most " + ReviewerPapers.MAX_UPLOAD_BYTES / 1000
						+ " kB; split it, or keep the papers that show the expertise best");
		List<Line> lines = new ArrayList<>();
		String[] rows = text.split("\r?\n");
		for (int i = 0; i < rows.length; i++) {
			if (rows[i].isBlank()) {
				continue;
			}
			int number = i + 1;
			Document json;
			try {
				json = Document.parse(rows[i]);
			}
			catch (JsonParseException | BSONException | IllegalArgumentException ex) {
				throw new DomainRuleException("archive.upload.line", "Line " + number
						+ " is not a JSON object; give one paper per line as {\"id\", \"content\": {\"title\", \"abstract\"}}");
			}
			Object content = json.get("content");
			Document fields = (content instanceof Document document) ? document : json;
			String reviewer = OpenReviewFolder
				.text(json.containsKey("email") ? json.get("email") : json.get("reviewer"));
			if (withReviewer) {
				DomainRuleException.require(reviewer != null && !reviewer.isBlank(), "archive.upload.reviewer",
						"Line " + number + " names no reviewer; add \"email\": \"reviewer@…\" to every line");
			}
			try {
				lines.add(new Line(number, reviewer,
						new OwnPaper(OpenReviewFolder.text(json.get("id")), OpenReviewFolder.text(fields.get("title")),
								OpenReviewFolder.text(fields.get("abstract")), source, at)));
			}
			catch (DomainRuleException ex) {
				throw new DomainRuleException(ex.code(), "Line " + number + ": " + ex.getMessage());
			}
		}
		DomainRuleException.require(!lines.isEmpty(), "archive.upload.empty",
				"The file has no papers; give one paper per line as {\"id\", \"content\": {\"title\", \"abstract\"}}");
		return lines;
	}

	/**
	 * One line of an upload.
	 *
	 * @param number its line number, from 1
	 * @param reviewer the reviewer it names ({@code email} or {@code reviewer}), or
	 * {@code null}
	 * @param paper the paper
	 */
	public record Line(int number, String reviewer, OwnPaper paper) {
	}

}
