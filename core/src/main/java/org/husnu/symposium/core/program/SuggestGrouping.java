package org.husnu.symposium.core.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.affinity.TextVectors;

/**
 * The coherence step of the auto-suggest: which talks fill each session's counts. Talks
 * are ordered by topic (the largest topic first, then by code, then input order); each
 * session in time order starts from the first talk left in that order and then takes,
 * among the talks its counts still admit, the one closest on average to the talks it
 * already has, where closeness is the text cosine plus
 * {@link ProgramSuggester#SAME_TOPIC} for the same primary topic and
 * {@link ProgramSuggester#RELATED_TOPIC} for related topics. The counts come from
 * {@link SuggestQuotas} and are met exactly, so fit, balance and student spread hold
 * whatever the texts say.
 */
final class SuggestGrouping {

	/** Most rounds of the swap pass. */
	static final int SWAP_ROUNDS = 20;

	private final TextVectors vectors;

	private final double[][] cosines;

	private final List<List<Integer>> members;

	private final int[] sessionOf;

	private final Map<String, Integer> topicRank;

	private SuggestGrouping(TextVectors vectors, double[][] cosines, List<List<Integer>> members, int[] sessionOf,
			Map<String, Integer> topicRank) {
		this.vectors = vectors;
		this.cosines = cosines;
		this.members = members;
		this.sessionOf = sessionOf;
		this.topicRank = topicRank;
	}

	static SuggestGrouping group(List<SuggestTalk> talks, TextVectors vectors, boolean[] placed, SuggestQuotas quotas) {
		int n = talks.size();
		double[][] cosines = new double[n][];
		for (int i = 0; i < n; i++) {
			cosines[i] = vectors.cosines(i);
		}
		Map<String, Integer> topicSize = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (placed[i]) {
				topicSize.merge(talks.get(i).primaryTopic(), 1, Integer::sum);
			}
		}
		List<String> topics = new ArrayList<>(topicSize.keySet());
		topics.sort(Comparator.comparing((String topic) -> -topicSize.get(topic)).thenComparing((topic) -> topic));
		Map<String, Integer> topicRank = new HashMap<>();
		for (String topic : topics) {
			topicRank.put(topic, topicRank.size());
		}
		List<Integer> sequence = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (placed[i]) {
				sequence.add(i);
			}
		}
		sequence.sort(Comparator.comparing((Integer i) -> topicRank.get(talks.get(i).primaryTopic()))
			.thenComparingInt((i) -> i));
		int sessions = quotas.sessions();
		int[][][] left = new int[sessions][3][2];
		for (int s = 0; s < sessions; s++) {
			for (int c = 0; c < 3; c++) {
				for (int st = 0; st < 2; st++) {
					left[s][c][st] = quotas.quota(s, c, st);
				}
			}
		}
		int[] sessionOf = new int[n];
		Arrays.fill(sessionOf, -1);
		boolean[] free = placed.clone();
		List<List<Integer>> members = new ArrayList<>();
		double[] closeness = new double[n];
		for (int s = 0; s < sessions; s++) {
			List<Integer> chosen = new ArrayList<>();
			Arrays.fill(closeness, 0);
			int size = quotas.size(s);
			while (chosen.size() < size) {
				int pick = -1;
				for (int i : sequence) {
					if (!free[i] || left[s][ProgramSuggester.kind(talks.get(i))][talks.get(i).student() ? 1 : 0] == 0) {
						continue;
					}
					if (pick < 0 || closeness[i] > closeness[pick]) {
						pick = i;
					}
				}
				free[pick] = false;
				sessionOf[pick] = s;
				left[s][ProgramSuggester.kind(talks.get(pick))][talks.get(pick).student() ? 1 : 0]--;
				chosen.add(pick);
				for (int i : sequence) {
					if (free[i]) {
						closeness[i] += closeness(talks, cosines, i, pick);
					}
				}
			}
			members.add(chosen);
		}
		improve(talks, cosines, members, sessionOf);
		return new SuggestGrouping(vectors, cosines, members.stream().map(List::copyOf).toList(), sessionOf, topicRank);
	}

	/**
	 * Swaps two talks of the same kind (institution class and student or not) between
	 * sessions while that brings both closer to their sessions' other talks: the greedy
	 * fill's later sessions take what is left, and a swap repairs the worst of that. The
	 * counts do not change, so fit, balance and spread still hold. Stops when no swap
	 * helps, after at most {@value #SWAP_ROUNDS} rounds; pairs are tried in a fixed
	 * order.
	 */
	private static void improve(List<SuggestTalk> talks, double[][] cosines, List<List<Integer>> members,
			int[] sessionOf) {
		List<Integer> placed = new ArrayList<>();
		for (List<Integer> session : members) {
			placed.addAll(session);
		}
		placed.sort(Integer::compare);
		for (int round = 0; round < SWAP_ROUNDS; round++) {
			boolean swapped = false;
			for (int x = 0; x < placed.size(); x++) {
				for (int y = x + 1; y < placed.size(); y++) {
					int a = placed.get(x);
					int b = placed.get(y);
					int s = sessionOf[a];
					int t = sessionOf[b];
					if (s == t || cell(talks.get(a)) != cell(talks.get(b))) {
						continue;
					}
					double gain = 0;
					for (int m : members.get(s)) {
						if (m != a) {
							gain += closeness(talks, cosines, b, m) - closeness(talks, cosines, a, m);
						}
					}
					for (int m : members.get(t)) {
						if (m != b) {
							gain += closeness(talks, cosines, a, m) - closeness(talks, cosines, b, m);
						}
					}
					if (gain > 1e-9) {
						members.get(s).set(members.get(s).indexOf(a), b);
						members.get(t).set(members.get(t).indexOf(b), a);
						sessionOf[a] = t;
						sessionOf[b] = s;
						swapped = true;
					}
				}
			}
			if (!swapped) {
				return;
			}
		}
	}

	private static int cell(SuggestTalk talk) {
		return ProgramSuggester.kind(talk) * 2 + (talk.student() ? 1 : 0);
	}

	private static double closeness(List<SuggestTalk> talks, double[][] cosines, int a, int b) {
		SuggestTalk x = talks.get(a);
		SuggestTalk y = talks.get(b);
		double topic = 0;
		if (x.primaryTopic().equals(y.primaryTopic())) {
			topic = ProgramSuggester.SAME_TOPIC;
		}
		else if (x.secondaryTopics().contains(y.primaryTopic()) || y.secondaryTopics().contains(x.primaryTopic())
				|| x.secondaryTopics().stream().anyMatch(y.secondaryTopics()::contains)) {
			topic = ProgramSuggester.RELATED_TOPIC;
		}
		return topic + cosines[a][b];
	}

	List<Integer> members(int session) {
		return this.members.get(session);
	}

	int sessionOf(int talk) {
		return this.sessionOf[talk];
	}

	double cosine(int a, int b) {
		return this.cosines[a][b];
	}

	/**
	 * The other talk of the session the talk shares most text with.
	 * @return its position, -1 when the talk is alone
	 */
	int closest(int talk, List<Integer> members) {
		int best = -1;
		for (int m : members) {
			if (m != talk && (best < 0 || this.cosines[talk][m] > this.cosines[talk][best])) {
				best = m;
			}
		}
		return best;
	}

	List<String> sharedTerms(int a, int b, int limit) {
		return this.vectors.sharedTerms(a, b, limit);
	}

	int topicRank(String topic) {
		return this.topicRank.getOrDefault(topic, Integer.MAX_VALUE);
	}

}
