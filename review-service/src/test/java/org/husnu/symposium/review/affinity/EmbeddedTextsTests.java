package org.husnu.symposium.review.affinity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedTextsTests {

	private final EmbeddedTexts texts = new EmbeddedTexts();

	@Test
	void embedsATextOnceAndKeepsItsVector() {
		assertThat(this.texts.cached("Sepsis in the ICU", "Early warning from vital signs.")).isNull();

		float[] vector = this.texts.vector("Sepsis in the ICU", "Early warning from vital signs.");

		assertThat(vector).hasSize(384);
		assertThat(this.texts.cached("Sepsis in the ICU", "Early warning from vital signs.")).isSameAs(vector);
		assertThat(this.texts.vector("Sepsis in the ICU", "Early warning from vital signs.")).isSameAs(vector);
		assertThat(this.texts.size()).isEqualTo(1);
	}

	@Test
	void keepsThatATextHasNoVector() {
		assertThat(this.texts.vector("敗血症の早期予測", "集中治療室の患者")).isNull();

		assertThat(this.texts.cached("敗血症の早期予測", "集中治療室の患者")).isEmpty();
		assertThat(this.texts.size()).isEqualTo(1);
	}

}
