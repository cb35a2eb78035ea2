package org.husnu.symposium.core.collaboration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.TextVectors;
import org.husnu.symposium.core.program.BenchTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the collaboration report costs (docs/performance.md): 100 × 100 and 1,000 HU ×
 * 1,000 SNU generated abstracts, the matcher (vectors, postings, top 5 per abstract,
 * shared terms of the kept pairs) next to a naive baseline in the same run: every HU ×
 * SNU pair's cosine computed one by one from the same vectors, then sorted. Analysis is
 * timed apart (the service keeps analyses). Median of 3 after a warm-up. Only with
 * {@code -Pbench}.
 */
@EnabledIfSystemProperty(named = "symposium.bench", matches = "true")
class CollaborationBenchmark {

	@Test
	void measuresTheMatcherAgainstNaiveAllPairs() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("| HU × SNU | analysis (once, on save) | matcher | naive all pairs | ratio | pairs kept |\n");
		table.append("|---|---|---|---|---|---|\n");
		table.append(measure(100)).append('\n');
		table.append(measure(1000)).append('\n');
		Path out = Path.of("target/bench/collaboration.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println(table);
	}

	private static String measure(int side) {
		Random random = new Random(side * 17L);
		BenchTexts texts = new BenchTexts(random);
		String[] topics = { "GEN", "IMG", "AI", "DRUG", "DEM", "SURG", "ONC", "CARD", "OTHER" };
		long analysisStart = System.nanoTime();
		List<CollaborationCandidate> hu = new ArrayList<>();
		List<CollaborationCandidate> snu = new ArrayList<>();
		for (int i = 0; i < 2 * side; i++) {
			UUID id = UUID.nameUUIDFromBytes(("a-" + i).getBytes());
			CollaborationCandidate candidate = new CollaborationCandidate(id, topics[random.nextInt(topics.length)],
					List.of(), AffinityDocument.of(id.toString(), texts.text(12), texts.text(180), null));
			((i % 2 == 0) ? hu : snu).add(candidate);
		}
		long analysis = System.nanoTime() - analysisStart;
		long[] matcher = new long[3];
		long[] naive = new long[3];
		int kept = 0;
		double checksum = 0;
		for (int round = -1; round < 3; round++) {
			long start = System.nanoTime();
			List<CollaborationPair> pairs = CollaborationMatcher.of(hu, snu).pairs(5, Integer.MAX_VALUE);
			long mid = System.nanoTime();
			checksum += naive(hu, snu);
			long end = System.nanoTime();
			kept = pairs.size();
			if (round >= 0) {
				matcher[round] = mid - start;
				naive[round] = end - mid;
			}
		}
		assertThat(kept).isPositive();
		assertThat(checksum).isPositive();
		double matcherMs = BenchTexts.median(matcher) / 1e6;
		double naiveMs = BenchTexts.median(naive) / 1e6;
		return String.format(Locale.ROOT, "| %,d × %,d | %,.0f ms | **%,.0f ms** | %,.0f ms | %.2f× | %,d |", side,
				side, analysis / 1e6, matcherMs, naiveMs, matcherMs / naiveMs, kept);
	}

	private static double naive(List<CollaborationCandidate> hu, List<CollaborationCandidate> snu) {
		List<AffinityDocument> documents = new ArrayList<>();
		hu.forEach((c) -> documents.add(c.document()));
		snu.forEach((c) -> documents.add(c.document()));
		TextVectors vectors = TextVectors.of(documents);
		double[] scores = new double[hu.size() * snu.size()];
		int n = 0;
		for (int i = 0; i < hu.size(); i++) {
			for (int j = 0; j < snu.size(); j++) {
				scores[n++] = vectors.cosine(i, hu.size() + j);
			}
		}
		Arrays.sort(scores);
		return scores[scores.length - 1];
	}

}
