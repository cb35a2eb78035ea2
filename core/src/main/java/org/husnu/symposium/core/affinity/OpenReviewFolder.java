package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;

/**
 * Reads a data set in the format of OpenReview's expertise tools: a folder with
 * {@code archives/<reviewer>.jsonl} (one paper per line, {@code {"id", "content":
 * {"title", "abstract"}}}) and {@code submissions.json} ({@code {"<id>": {"id",
 * "content": {...}}}}). A field may be missing, {@code null}, a string or (OpenReview API
 * v2) an object {@code {"value": ...}}; keywords may also be a list.
 */
public final class OpenReviewFolder {

	private OpenReviewFolder() {
	}

	/**
	 * The archives, one per {@code .jsonl} file, sorted by file name; the reviewer id is
	 * the file name without {@code .jsonl}.
	 * @param folder the data set folder
	 * @return the archives
	 */
	public static List<ReviewerArchive> archives(Path folder) {
		List<Path> files = archiveFiles(folder);
		List<ReviewerArchive> result = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			result.add(new ReviewerArchive(name.substring(0, name.length() - ".jsonl".length()), papers(file)));
		}
		return result;
	}

	/**
	 * The papers of one JSON Lines archive (blank lines skipped).
	 * @param file the file
	 * @return the analysed papers in file order
	 */
	public static List<AffinityDocument> papers(Path file) {
		List<AffinityDocument> papers = new ArrayList<>();
		try {
			int line = 0;
			for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				line++;
				if (!text.isBlank()) {
					papers.add(document(Document.parse(text), file.getFileName() + ":" + line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return papers;
	}

	/**
	 * The submissions, in the order of {@code submissions.json}.
	 * @param folder the data set folder
	 * @return the analysed submissions
	 */
	public static List<AffinityDocument> submissions(Path folder) {
		try {
			Document all = Document.parse(Files.readString(folder.resolve("submissions.json"), StandardCharsets.UTF_8));
			List<AffinityDocument> submissions = new ArrayList<>();
			for (Map.Entry<String, Object> entry : all.entrySet()) {
				if (entry.getValue() instanceof Document submission) {
					submissions.add(document(submission, entry.getKey()));
				}
			}
			return submissions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The title and abstract of every paper of every archive, as written, in the order of
	 * {@link #archives(Path)} (for a {@link TextEmbedding}).
	 * @param folder the data set folder
	 * @return per archive, per paper, {title, abstract} (either may be {@code null})
	 */
	public static List<List<String[]>> archiveTexts(Path folder) {
		List<List<String[]>> result = new ArrayList<>();
		for (Path file : archiveFiles(folder)) {
			List<String[]> papers = new ArrayList<>();
			try {
				for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!text.isBlank()) {
						papers.add(titleAndAbstract(Document.parse(text)));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			result.add(papers);
		}
		return result;
	}

	/**
	 * The title and abstract of every submission, as written, in the order of
	 * {@link #submissions(Path)}.
	 * @param folder the data set folder
	 * @return per submission {title, abstract} (either may be {@code null})
	 */
	public static List<String[]> submissionTexts(Path folder) {
		try {
			Document all = Document.parse(Files.readString(folder.resolve("submissions.json"), StandardCharsets.UTF_8));
			List<String[]> submissions = new ArrayList<>();
			for (Map.Entry<String, Object> entry : all.entrySet()) {
				if (entry.getValue() instanceof Document submission) {
					submissions.add(titleAndAbstract(submission));
				}
			}
			return submissions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] titleAndAbstract(Document json) {
		Document fields = (json.get("content") instanceof Document document) ? document : new Document();
		return new String[] { text(fields.get("title")), text(fields.get("abstract")) };
	}

	private static List<Path> archiveFiles(Path folder) {
		try (Stream<Path> listing = Files.list(folder.resolve("archives"))) {
			return listing.filter((p) -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One paper or submission from its JSON object.
	 * @param json the object
	 * @param fallbackId the id if the object has none
	 * @return the analysed document
	 */
	public static AffinityDocument document(Document json, String fallbackId) {
		String id = text(json.get("id"));
		Object content = json.get("content");
		Document fields = (content instanceof Document document) ? document : new Document();
		return AffinityDocument.of((id != null && !id.isBlank()) ? id : fallbackId, text(fields.get("title")),
				text(fields.get("abstract")), text(fields.get("keywords")));
	}

	/**
	 * A field's text: a string, the {@code value} of an object, the items of a list
	 * joined with "; ", or {@code null}.
	 * @param value a field's value as parsed
	 * @return its text
	 */
	public static String text(Object value) {
		if (value instanceof Document document) {
			return text(document.get("value"));
		}
		if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>();
			for (Object item : list) {
				String text = text(item);
				if (text != null) {
					items.add(text);
				}
			}
			return String.join("; ", items);
		}
		return (value != null) ? value.toString() : null;
	}

}
