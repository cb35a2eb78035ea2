package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The affinity as a command in the format of OpenReview's expertise tools: reads a folder
 * with {@code archives/<reviewer>.jsonl} and {@code submissions.json}, writes a CSV
 * {@code submission_id,reviewer_id,score} (no header, as OpenReview writes it) with a row
 * per pair, submissions in file order, reviewers by archive file name. Usage (see
 * docs/performance.md): {@code OpenReviewAffinity DATASET_DIR OUT.csv} for the lexical
 * affinity alone; the command of docs/performance.md is module
 * {@code affinity-semantic}'s, which passes its sentence embedding to
 * {@link #write(Path, Path, AffinityMethod, TextEmbedding, HybridAffinity)}.
 */
public final class OpenReviewAffinity {

	private OpenReviewAffinity() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: OpenReviewAffinity DATASET_DIR OUT.csv");
			System.exit(64);
		}
		long start = System.nanoTime();
		int rows = write(Path.of(args[0]), Path.of(args[1]), AffinityMethod.CHOSEN);
		System.out.printf(Locale.ROOT, "pairs=%d millis=%d%n", rows, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Scores every pair of a data set and writes the CSV.
	 * @param folder the data set folder
	 * @param out the CSV file to write
	 * @param method the method
	 * @return the number of rows written
	 * @throws IOException if a file cannot be read or written
	 */
	public static int write(Path folder, Path out, AffinityMethod method) throws IOException {
		return write(folder, out, method, null, null);
	}

	/**
	 * Scores every pair of a data set with the lexical affinity mixed with an embedding
	 * signal and writes the CSV.
	 * @param folder the data set folder
	 * @param out the CSV file to write
	 * @param method the lexical method
	 * @param embedding the embedding signal, or {@code null} for the lexical affinity
	 * alone
	 * @param hybrid how the two are mixed (ignored without an embedding)
	 * @return the number of rows written
	 * @throws IOException if a file cannot be read or written
	 */
	public static int write(Path folder, Path out, AffinityMethod method, TextEmbedding embedding,
			HybridAffinity hybrid) throws IOException {
		List<ReviewerArchive> archives = OpenReviewFolder.archives(folder);
		List<AffinityDocument> submissions = OpenReviewFolder.submissions(folder);
		AffinityIndex index = AffinityIndex.build(archives, submissions, method);
		List<float[][]> paperVectors = new ArrayList<>();
		List<float[]> submissionVectors = new ArrayList<>();
		if (embedding != null) {
			for (List<String[]> papers : OpenReviewFolder.archiveTexts(folder)) {
				paperVectors
					.add(papers.parallelStream().map((t) -> embedding.embed(t[0], t[1])).toArray(float[][]::new));
			}
			submissionVectors.addAll(OpenReviewFolder.submissionTexts(folder)
				.parallelStream()
				.map((t) -> embedding.embed(t[0], t[1]))
				.toList());
		}
		int rows = 0;
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			for (int s = 0; s < submissions.size(); s++) {
				AffinityDocument submission = submissions.get(s);
				double[] scores = index.scores(submission);
				if (embedding != null) {
					scores = hybrid.scores(scores, submissionVectors.get(s), paperVectors);
				}
				for (int r = 0; r < scores.length; r++) {
					writer.write(csv(submission.id()) + "," + csv(archives.get(r).reviewer()) + ","
							+ String.format(Locale.ROOT, "%.6f", scores[r]) + "\n");
					rows++;
				}
			}
		}
		return rows;
	}

	private static String csv(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
