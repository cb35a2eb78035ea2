package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the affinity costs an assignment run (docs/performance.md): every abstract against
 * every reviewer's archive of 20 papers, for 1,000 × 100 and 5,000 × 500, the chosen
 * method next to the TF-IDF baseline in the same run. Texts are generated (a
 * Zipf-distributed vocabulary of 30,000 words without its 100 most frequent, a few
 * glossary phrases in English, Japanese and Korean; titles of 12 words, abstracts of
 * 180), so the run needs no data. Analysis is timed apart: it happens once, when a text
 * is saved. Median of 3 after a warm-up. Only with {@code -Pbench}.
 */
@EnabledIfSystemProperty(named = "symposium.bench", matches = "true")
class AffinitySpeedBenchmark {

	private static final int PAPERS = 20;

	/**
	 * The most frequent ranks of the Zipf distribution are left out: they are the
	 * function words the analyzer drops anyway, and with them every text would share
	 * terms no real abstracts share.
	 */
	private static final int SKIPPED = 100;

	private static final String[] PHRASES = { "deep learning", "sepsis", "CT", "深層学習", "敗血症", "딥러닝", "패혈증",
			"genome sequencing", "ゲノム医療", "유전체", "robotic surgery", "手術支援ロボット", "치매", "認知症", "dementia",
			"drug discovery", "創薬", "신약 개발", "pathology", "病理", "anesthesia", "麻酔", "마취" };

	@Test
	void measuresAllPairsAgainstTheBaseline() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("| abstracts × reviewers (20 papers each) | pairs | analysis of all texts (once, on save) |"
				+ " chosen: index + all pairs | TF-IDF baseline: index + all pairs | ratio | heap after index |\n");
		table.append("|---|---|---|---|---|---|---|\n");
		for (int[] size : new int[][] { { 1000, 100 }, { 5000, 500 } }) {
			table.append(measure(size[0], size[1])).append('\n');
		}
		Path out = Path.of("target/bench/affinity-speed.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println(table);
	}

	private static String measure(int abstracts, int reviewers) {
		Random random = new Random(abstracts * 31L + reviewers);
		Texts texts = new Texts(random);
		long analysisStart = System.nanoTime();
		List<AffinityDocument> submissions = new ArrayList<>();
		for (int a = 0; a < abstracts; a++) {
			submissions.add(texts.document("A-" + a));
		}
		List<ReviewerArchive> archives = new ArrayList<>();
		for (int r = 0; r < reviewers; r++) {
			List<AffinityDocument> papers = new ArrayList<>();
			for (int p = 0; p < PAPERS; p++) {
				papers.add(texts.document("R-" + r + "-" + p));
			}
			archives.add(new ReviewerArchive("R-" + r, papers));
		}
		long analysis = System.nanoTime() - analysisStart;
		long[] chosen = new long[3];
		long[] baseline = new long[3];
		double checksum = 0;
		for (int round = -1; round < 3; round++) {
			boolean chosenFirst = (round % 2 == 0);
			for (int side = 0; side < 2; side++) {
				boolean isChosen = (side == 0) == chosenFirst;
				AffinityMethod method = isChosen ? AffinityMethod.CHOSEN : AffinityMethod.TFIDF_BASELINE;
				long start = System.nanoTime();
				double sum = allPairs(archives, submissions, method);
				long elapsed = System.nanoTime() - start;
				if (round >= 0) {
					(isChosen ? chosen : baseline)[round] = elapsed;
				}
				checksum += sum;
			}
		}
		Runtime runtime = Runtime.getRuntime();
		AffinityIndex kept = AffinityIndex.build(archives, submissions, AffinityMethod.CHOSEN);
		System.gc();
		long heap = runtime.totalMemory() - runtime.freeMemory();
		assertThat(kept.reviewers()).isEqualTo(reviewers);
		assertThat(checksum).isPositive();
		double chosenMs = median(chosen) / 1e6;
		double baselineMs = median(baseline) / 1e6;
		return String.format(Locale.ROOT, "| %,d × %,d | %,d | %,.0f ms | **%,.0f ms** | %,.0f ms | %.2f× | %,d MB |",
				abstracts, reviewers, (long) abstracts * reviewers, analysis / 1e6, chosenMs, baselineMs,
				chosenMs / baselineMs, heap >> 20);
	}

	private static double allPairs(List<ReviewerArchive> archives, List<AffinityDocument> submissions,
			AffinityMethod method) {
		AffinityIndex index = AffinityIndex.build(archives, submissions, method);
		double sum = 0;
		for (AffinityDocument submission : submissions) {
			for (double score : index.scores(submission)) {
				sum += score;
			}
		}
		return sum;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/**
	 * Generated titles and abstracts over a Zipf-distributed vocabulary.
	 */
	private static final class Texts {

		private final Random random;

		private final String[] words;

		private final double[] cumulative;

		Texts(Random random) {
			this.random = random;
			this.words = new String[30_000];
			this.cumulative = new double[this.words.length];
			double sum = 0;
			for (int i = 0; i < this.words.length; i++) {
				StringBuilder word = new StringBuilder();
				int length = 4 + random.nextInt(7);
				for (int c = 0; c < length; c++) {
					word.append((char) ('a' + random.nextInt(26)));
				}
				this.words[i] = word.toString();
				sum += 1.0 / (i + 1);
				this.cumulative[i] = sum;
			}
		}

		AffinityDocument document(String id) {
			return AffinityDocument.of(id, text(12), text(180), null);
		}

		private String text(int length) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < length; w++) {
				if (this.random.nextInt(40) == 0) {
					text.append(PHRASES[this.random.nextInt(PHRASES.length)]).append(' ');
				}
				double low = this.cumulative[SKIPPED - 1];
				double target = low + this.random.nextDouble() * (this.cumulative[this.cumulative.length - 1] - low);
				int index = Arrays.binarySearch(this.cumulative, target);
				text.append(this.words[(index >= 0) ? index : Math.min(-index - 1, this.words.length - 1)]).append(' ');
			}
			return text.toString();
		}

	}

}
