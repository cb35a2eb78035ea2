package org.husnu.symposium.core.affinity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptRunTests {

	@Test
	void splitsAMixedTextIntoRunsOfOneScript() {
		String text = "胸部CT画像と딥러닝 model";
		List<ScriptRun> runs = ScriptRun.of(text);
		assertThat(runs).extracting(ScriptRun::language)
			.containsExactly(AffinityLanguage.JAPANESE, AffinityLanguage.ENGLISH, AffinityLanguage.JAPANESE,
					AffinityLanguage.KOREAN, AffinityLanguage.ENGLISH);
		assertThat(runs).extracting((run) -> text.substring(run.start(), run.end()))
			.containsExactly("胸部", "CT", "画像と", "딥러닝 ", "model");
	}

	@Test
	void aTextWithoutLettersIsOneEnglishRun() {
		assertThat(ScriptRun.of("2024 — 3.5%")).containsExactly(new ScriptRun(AffinityLanguage.ENGLISH, 0, 11));
	}

	@Test
	void katakanaLongVowelMarkStaysJapanese() {
		assertThat(ScriptRun.of("ディープラーニング")).hasSize(1)
			.allSatisfy((run) -> assertThat(run.language()).isEqualTo(AffinityLanguage.JAPANESE));
	}

}
