package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerOrderTests {

	private static final Instant ONE_THIRTY = Instant.parse("2027-03-21T04:30:00Z");

	@Test
	void ordersTwoParallelSessionsTogetherWhereOrderingOneAtATimeCannot() {
		// the demo's afternoon: Room A has Minjun, Taro, Taro; Room B Seojun, Minjun,
		// Taro.
		// Room A first, then Room B, leaves Taro in both rooms at the last slot; ordering
		// both together gives A: Taro, Minjun, Taro and B: Minjun, Taro, Seojun
		List<SuggestTalk> talks = List.of(talk(0, "minjun"), talk(1, "taro"), talk(2, "taro"), talk(3, "seojun"),
				talk(4, "minjun"), talk(5, "taro"));
		List<List<Integer>> ordered = SpeakerOrder.order(talks, List.of(frame("A"), frame("B")),
				List.of(List.of(0, 1, 2), List.of(3, 4, 5)));
		assertThat(ordered.get(0)).containsExactlyInAnyOrder(0, 1, 2);
		assertThat(ordered.get(1)).containsExactlyInAnyOrder(3, 4, 5);
		for (int n = 0; n < 3; n++) {
			assertThat(talks.get(ordered.get(0).get(n)).presenter()).as("slot %d", n)
				.isNotEqualTo(talks.get(ordered.get(1).get(n)).presenter());
		}
	}

	@Test
	void keepsEveryTalkWhenNoOrderAvoidsTheClash() {
		List<SuggestTalk> talks = List.of(talk(0, "taro"), talk(1, "taro"), talk(2, "taro"), talk(3, "taro"));
		List<List<Integer>> ordered = SpeakerOrder.order(talks, List.of(frame("A"), frame("B")),
				List.of(List.of(0, 1), List.of(2, 3)));
		assertThat(ordered.get(0)).containsExactlyInAnyOrder(0, 1);
		assertThat(ordered.get(1)).containsExactlyInAnyOrder(2, 3);
	}

	@Test
	void leavesSessionsAtOtherTimesAlone() {
		List<SuggestTalk> talks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			talks.add(talk(i, "taro"));
		}
		SessionFrame later = new SessionFrame("B", ONE_THIRTY.plus(Duration.ofHours(2)),
				ONE_THIRTY.plus(Duration.ofHours(3)), null, null);
		List<List<Integer>> ordered = SpeakerOrder.order(talks, List.of(frame("A"), later),
				List.of(List.of(1, 0), List.of(3, 2)));
		assertThat(ordered).containsExactly(List.of(1, 0), List.of(3, 2));
	}

	private static SuggestTalk talk(int n, String presenter) {
		return new SuggestTalk(UUID.nameUUIDFromBytes(("o" + n).getBytes()), "talk " + n, "talk " + n, List.of(), "AI",
				List.of(), "HU", false, presenter + "@hokudai.ac.jp");
	}

	private static SessionFrame frame(String room) {
		return new SessionFrame(room, ONE_THIRTY, ONE_THIRTY.plus(Duration.ofMinutes(45)), null, null);
	}

}
