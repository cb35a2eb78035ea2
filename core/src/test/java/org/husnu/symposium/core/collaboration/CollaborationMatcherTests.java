package org.husnu.symposium.core.collaboration;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CollaborationMatcherTests {

	private static final CollaborationCandidate HU_SEPSIS = candidate("hu-sepsis",
			"Deep learning predicts sepsis from vital signs", "敗血症を深層学習で早期に予測する。ICU の記録を用いた。", "AI");

	private static final CollaborationCandidate HU_GENOME = candidate("hu-genome",
			"Genome sequencing of rare disease families", "Whole genome sequencing finds causal variants.", "GEN");

	private static final CollaborationCandidate SNU_SEPSIS = candidate("snu-sepsis", "딥러닝 기반 패혈증 조기 예측",
			"Deep learning model for early sepsis prediction in the emergency department.", "AI");

	private static final CollaborationCandidate SNU_GENOME = candidate("snu-genome",
			"Rare variant discovery by genome sequencing", "Genome sequencing of families with rare disease.", "IMG");

	private static final CollaborationCandidate SNU_OTHER = candidate("snu-other", "Hospital parking logistics",
			"Cars and queues at the entrance.", "OTHER");

	@Test
	void ranksTheObviousPairsFirstWithTheirSharedTerms() {
		CollaborationMatcher matcher = CollaborationMatcher.of(List.of(HU_SEPSIS, HU_GENOME),
				List.of(SNU_SEPSIS, SNU_GENOME, SNU_OTHER));
		List<CollaborationPair> pairs = matcher.pairs(1, 10);
		assertThat(pairs).extracting(CollaborationPair::hu, CollaborationPair::snu)
			.contains(org.assertj.core.groups.Tuple.tuple(HU_SEPSIS.id(), SNU_SEPSIS.id()),
					org.assertj.core.groups.Tuple.tuple(HU_GENOME.id(), SNU_GENOME.id()));
		assertThat(pairs).noneMatch((pair) -> pair.snu().equals(SNU_OTHER.id()));
		CollaborationPair sepsis = pairs.stream()
			.filter((pair) -> pair.snu().equals(SNU_SEPSIS.id()))
			.findFirst()
			.orElseThrow();
		assertThat(sepsis.sameTopic()).isTrue();
		assertThat(String.join(" ", sepsis.sharedTerms()).toLowerCase()).contains("sepsis");
		assertThat(sepsis.score()).isBetween(0.0, 1.0).isLessThanOrEqualTo(sepsis.text());
	}

	@Test
	void theSameTopicLiftsAPairAboveTheSameTextInAnother() {
		CollaborationCandidate sameTopic = candidate("a", "Genome sequencing", "Genome sequencing", "GEN");
		CollaborationCandidate otherTopic = candidate("b", "Genome sequencing", "Genome sequencing", "IMG");
		CollaborationCandidate mine = candidate("m", "Genome sequencing", "Genome sequencing", "GEN");
		List<CollaborationPair> pairs = CollaborationMatcher.of(List.of(mine), List.of(otherTopic, sameTopic))
			.closestTo(mine.id(), 5);
		assertThat(pairs).extracting(CollaborationPair::snu).containsExactly(sameTopic.id(), otherTopic.id());
		assertThat(pairs.get(0).score()).isGreaterThan(pairs.get(1).score());
	}

	@Test
	void findsTheClosestFromEitherSide() {
		CollaborationMatcher matcher = CollaborationMatcher.of(List.of(HU_SEPSIS, HU_GENOME),
				List.of(SNU_SEPSIS, SNU_GENOME, SNU_OTHER));
		assertThat(matcher.closestTo(SNU_GENOME.id(), 1)).extracting(CollaborationPair::hu)
			.containsExactly(HU_GENOME.id());
		assertThat(matcher.closestTo(UUID.randomUUID(), 3)).isEmpty();
	}

	@Test
	void isDeterministic() {
		List<CollaborationPair> once = CollaborationMatcher
			.of(List.of(HU_SEPSIS, HU_GENOME), List.of(SNU_SEPSIS, SNU_GENOME, SNU_OTHER))
			.pairs(2, 10);
		List<CollaborationPair> again = CollaborationMatcher
			.of(List.of(HU_SEPSIS, HU_GENOME), List.of(SNU_SEPSIS, SNU_GENOME, SNU_OTHER))
			.pairs(2, 10);
		assertThat(again).isEqualTo(once);
	}

	private static CollaborationCandidate candidate(String name, String title, String text, String topic) {
		return CollaborationCandidate.of(UUID.nameUUIDFromBytes(name.getBytes()), title, text, List.of(), topic,
				List.of());
	}

}
