package org.husnu.symposium.affinity.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.husnu.symposium.core.affinity.AffinityMethod;
import org.husnu.symposium.core.affinity.HybridAffinity;
import org.husnu.symposium.core.affinity.OpenReviewAffinity;

/**
 * The affinity as a command in the format of OpenReview's expertise tools, with the
 * chosen method: the lexical affinity mixed with all-MiniLM-L6-v2
 * ({@link HybridAffinity#CHOSEN}). Reads a folder with {@code archives/<reviewer>.jsonl}
 * and {@code submissions.json}, writes {@code submission_id,reviewer_id,score} (see
 * {@link OpenReviewAffinity}). Usage (docs/performance.md):
 * {@code OpenReviewHybridAffinity DATASET_DIR OUT.csv}.
 */
public final class OpenReviewHybridAffinity {

	private OpenReviewHybridAffinity() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: OpenReviewHybridAffinity DATASET_DIR OUT.csv");
			System.exit(64);
		}
		long start = System.nanoTime();
		int rows = write(Path.of(args[0]), Path.of(args[1]));
		System.out.printf(Locale.ROOT, "pairs=%d millis=%d%n", rows, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Scores every pair of a data set with the chosen hybrid and writes the CSV.
	 * @param folder the data set folder
	 * @param out the CSV file to write
	 * @return the number of rows written
	 * @throws IOException if a file cannot be read or written
	 */
	public static int write(Path folder, Path out) throws IOException {
		return OpenReviewAffinity.write(folder, out, AffinityMethod.CHOSEN, MiniLmEmbedding.shared(),
				HybridAffinity.CHOSEN);
	}

}
