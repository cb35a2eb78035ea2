package org.husnu.symposium.core.program;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.TextVectors;
import org.husnu.symposium.core.program.Suggestion.Note;

/**
 * Auto-suggest: builds topic-coherent sessions from the accepted oral talks that keep HU
 * and SNU speakers balanced, spread student talks and fit the session lengths. A pure
 * function. Fit, balance and student spread are decided on counts first
 * ({@link SuggestQuotas}); then each session, in time order, starts from the first talk
 * left of the largest topic and takes, within its counts, the talk closest to the talks
 * it already has (same primary topic, related topics, text similarity). Deterministic: no
 * randomness, ties broken by the order of the input. The algorithm and its guarantees are
 * in docs/program-suggest.md.
 */
public final class ProgramSuggester {

	/** Weight of a shared primary topic in a pair's closeness, next to a text cosine. */
	static final double SAME_TOPIC = 1.0;

	/**
	 * Weight of related topics (one's primary is the other's secondary, or a shared one).
	 */
	static final double RELATED_TOPIC = 0.3;

	/** The cosine from which two talks count as similar in text (a reason is given). */
	static final double SIMILAR_TEXT = 0.05;

	private ProgramSuggester() {
	}

	/**
	 * Proposes sessions.
	 * @param talks the accepted oral talks
	 * @param frames the rooms and times to fill, one session each
	 * @param topicNames topic code to the name session titles use
	 * @return the proposal
	 */
	public static Suggestion suggest(List<SuggestTalk> talks, List<SessionFrame> frames,
			Map<String, String> topicNames) {
		List<AffinityDocument> documents = talks.stream()
			.map((talk) -> AffinityDocument.of(talk.abstractId().toString(), talk.title(), talk.text(),
					String.join(", ", talk.keywords())))
			.toList();
		return suggest(talks, documents, frames, topicNames);
	}

	/**
	 * Proposes sessions from talks whose texts are analysed already (a service keeps the
	 * analyses, which are the expensive part).
	 * @param talks the accepted oral talks
	 * @param documents the talks' analysed title, text and keywords, in the same order
	 * @param frames the rooms and times to fill, one session each
	 * @param topicNames topic code to the name session titles use
	 * @return the proposal
	 */
	public static Suggestion suggest(List<SuggestTalk> talks, List<AffinityDocument> documents,
			List<SessionFrame> frames, Map<String, String> topicNames) {
		if (documents.size() != talks.size()) {
			throw new IllegalArgumentException("One analysed document per talk");
		}
		List<SessionFrame> sorted = new ArrayList<>(frames);
		sorted.sort(Comparator.comparing(SessionFrame::start)
			.thenComparing((frame) -> (frame.room() != null) ? frame.room() : "")
			.thenComparing(SessionFrame::end));
		int[] capacity = new int[sorted.size()];
		long total = 0;
		for (int s = 0; s < capacity.length; s++) {
			capacity[s] = capacity(sorted.get(s));
			total += capacity[s];
		}
		List<Note> unmet = new ArrayList<>();
		boolean[] placed = chooseWhatFits(talks, capacity, total);
		List<Integer> leftOut = new ArrayList<>();
		for (int i = 0; i < talks.size(); i++) {
			if (!placed[i]) {
				leftOut.add(i);
			}
		}
		if (!leftOut.isEmpty()) {
			unmet.add(new Note("noRoom", List.of(Integer.toString(leftOut.size()), Long.toString(total),
					String.join("; ", leftOut.stream().map((i) -> talks.get(i).title()).toList()))));
		}
		int[][] counts = new int[3][2];
		for (int i = 0; i < talks.size(); i++) {
			if (placed[i]) {
				counts[kind(talks.get(i))][talks.get(i).student() ? 1 : 0]++;
			}
		}
		SuggestQuotas quotas = SuggestQuotas.of(capacity, counts);
		SuggestGrouping grouping = SuggestGrouping.group(talks, TextVectors.of(documents), placed, quotas);
		return new SuggestionBuilder(talks, sorted, topicNames, quotas, grouping).build(leftOut, unmet);
	}

	/**
	 * How many talks a frame holds: talks × (talk + questions) within its length.
	 * @param frame the frame
	 * @return the number of talks
	 */
	public static int capacity(SessionFrame frame) {
		if (frame.start() == null || frame.end() == null || !frame.start().isBefore(frame.end())) {
			return 0;
		}
		long minutes = Duration.between(frame.start(), frame.end()).toMinutes();
		return (int) (minutes / slotMinutes(frame));
	}

	static int slotMinutes(SessionFrame frame) {
		int talk = (frame.talkMinutes() != null) ? frame.talkMinutes() : ProgramSession.DEFAULT_TALK_MINUTES;
		int questions = (frame.questionMinutes() != null) ? frame.questionMinutes()
				: ProgramSession.DEFAULT_QUESTION_MINUTES;
		return Math.max(1, talk + questions);
	}

	static int kind(SuggestTalk talk) {
		if ("HU".equals(talk.institution())) {
			return SuggestQuotas.HU;
		}
		return "SNU".equals(talk.institution()) ? SuggestQuotas.SNU : SuggestQuotas.OTHER;
	}

	/**
	 * Which talks are placed when not all fit: the split of the talks left out over HU,
	 * SNU and others that keeps a balanced program possible (else the least HU–SNU
	 * difference), taking from each side its last talks in input order.
	 */
	private static boolean[] chooseWhatFits(List<SuggestTalk> talks, int[] capacity, long total) {
		boolean[] placed = new boolean[talks.size()];
		Arrays.fill(placed, true);
		int excess = (int) Math.max(0, talks.size() - total);
		if (excess == 0) {
			return placed;
		}
		int[] perKind = new int[3];
		for (SuggestTalk talk : talks) {
			perKind[kind(talk)]++;
		}
		int[] best = null;
		boolean bestFeasible = false;
		int bestGap = Integer.MAX_VALUE;
		for (int hu = 0; hu <= Math.min(excess, perKind[0]); hu++) {
			for (int snu = 0; snu <= Math.min(excess - hu, perKind[1]); snu++) {
				int others = excess - hu - snu;
				if (others > perKind[2]) {
					continue;
				}
				boolean feasible = SuggestQuotas.balanceFeasible(perKind[0] - hu, perKind[1] - snu, perKind[2] - others,
						capacity);
				int gap = Math.abs((perKind[0] - hu) - (perKind[1] - snu));
				if (best == null || (feasible && !bestFeasible) || (feasible == bestFeasible && gap < bestGap)) {
					best = new int[] { hu, snu, others };
					bestFeasible = feasible;
					bestGap = gap;
				}
			}
		}
		for (int i = talks.size() - 1; i >= 0; i--) {
			int kind = kind(talks.get(i));
			if (best[kind] > 0) {
				placed[i] = false;
				best[kind]--;
			}
		}
		return placed;
	}

	/**
	 * A session id derived from the frame (and its position among equal frames), so the
	 * same frames give the same ids again.
	 */
	static UUID sessionId(SessionFrame frame, int position) {
		String name = "program-suggest|" + frame.room() + "|" + frame.start() + "|" + frame.end() + "|" + position;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	static String roman(int number) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder roman = new StringBuilder();
		int left = number;
		for (int i = 0; i < values.length; i++) {
			while (left >= values[i]) {
				roman.append(numerals[i]);
				left -= values[i];
			}
		}
		return roman.toString();
	}

}
