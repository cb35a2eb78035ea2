package org.husnu.symposium.core.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.TextVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the auto-suggest costs (docs/performance.md): 300 accepted talks (HU 45%, SNU 45%,
 * others 10%, a quarter students, 9 topics) into 20 frames of 90 minutes (6 talks each,
 * 120 places), and 100 into 8 frames, next to a baseline measured in the same run: every
 * pair's text cosine computed one by one (a merge of the two sparse vectors each), which
 * is the least any text-aware grouping that compares every pair pays. Analysis of the
 * texts is timed apart (the service keeps analyses). Median of 5 after a warm-up. Only
 * with {@code -Pbench}.
 */
@EnabledIfSystemProperty(named = "symposium.bench", matches = "true")
class ProgramSuggestBenchmark {

	private static final Instant DAY = Instant.parse("2027-03-10T00:00:00Z");

	@Test
	void measuresTheSuggestionAgainstAllPairsCosines() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("| talks → frames | analysis (once, on save) | suggest | baseline: all-pairs cosines | ratio |"
				+ " unmet |\n");
		table.append("|---|---|---|---|---|---|\n");
		table.append(measure(100, 8)).append('\n');
		table.append(measure(300, 20)).append('\n');
		Path out = Path.of("target/bench/program-suggest.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println(table);
	}

	private static String measure(int count, int frameCount) {
		Random random = new Random(count * 31L + frameCount);
		BenchTexts texts = new BenchTexts(random);
		String[] topics = { "GEN", "IMG", "AI", "DRUG", "DEM", "SURG", "ONC", "CARD", "OTHER" };
		List<SuggestTalk> talks = new ArrayList<>();
		List<String[]> raw = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int roll = random.nextInt(20);
			String institution = (roll < 9) ? "HU" : (roll < 18) ? "SNU" : "KU";
			String title = texts.text(12);
			String text = texts.text(180);
			raw.add(new String[] { title, text });
			// two thirds as many presenters as talks: some present twice, maybe in
			// parallel
			// rooms, which the speaker ordering must work around
			String presenter = "speaker" + random.nextInt(Math.max(1, count * 2 / 3)) + "@hokudai.ac.jp";
			talks.add(new SuggestTalk(UUID.nameUUIDFromBytes(("talk-" + i).getBytes()), title, text, List.of(),
					topics[random.nextInt(topics.length)], List.of(), institution, random.nextInt(4) == 0, presenter));
		}
		// room for every talk and one more per frame: 15-minute slots
		long minutes = 15L * ((count + frameCount - 1) / frameCount + 1);
		List<SessionFrame> frames = new ArrayList<>();
		for (int f = 0; f < frameCount; f++) {
			Instant start = DAY.plus(Duration.ofMinutes((minutes + 30) * (f / 4)));
			frames.add(new SessionFrame("Room " + (f % 4), start, start.plus(Duration.ofMinutes(minutes)), null, null));
		}
		long analysisStart = System.nanoTime();
		List<AffinityDocument> documents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			documents.add(AffinityDocument.of("talk-" + i, raw.get(i)[0], raw.get(i)[1], ""));
		}
		long analysis = System.nanoTime() - analysisStart;
		long[] suggest = new long[5];
		long[] baseline = new long[5];
		Suggestion last = null;
		double checksum = 0;
		for (int round = -1; round < 5; round++) {
			long start = System.nanoTime();
			last = ProgramSuggester.suggest(talks, documents, frames, Map.of());
			long mid = System.nanoTime();
			checksum += allPairs(documents);
			long end = System.nanoTime();
			if (round >= 0) {
				suggest[round] = mid - start;
				baseline[round] = end - mid;
			}
		}
		assertThat(checksum).isPositive();
		long placed = last.placements().stream().filter((p) -> p.sessionId() != null).count();
		assertThat(placed).isEqualTo(count);
		double suggestMs = BenchTexts.median(suggest) / 1e6;
		double baselineMs = BenchTexts.median(baseline) / 1e6;
		return String.format(Locale.ROOT, "| %d → %d | %,.0f ms | **%,.1f ms** | %,.1f ms | %.2f× | %s |", count,
				frameCount, analysis / 1e6, suggestMs, baselineMs, suggestMs / baselineMs,
				String.join(", ", last.unmet().stream().map(Suggestion.Note::code).distinct().toList()));
	}

	private static double allPairs(List<AffinityDocument> documents) {
		TextVectors vectors = TextVectors.of(documents);
		double sum = 0;
		for (int a = 0; a < vectors.size(); a++) {
			for (int b = 0; b < vectors.size(); b++) {
				sum += vectors.cosine(a, b);
			}
		}
		return sum;
	}

}
