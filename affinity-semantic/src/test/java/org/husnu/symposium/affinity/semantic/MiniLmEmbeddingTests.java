package org.husnu.symposium.affinity.semantic;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.husnu.symposium.core.affinity.HybridAffinity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MiniLmEmbeddingTests {

	private final MiniLmEmbedding embedding = MiniLmEmbedding.shared();

	@Test
	void givesTheSameBitsForTheSameTextInAnyThread() throws Exception {
		String title = "Early warning of sepsis in the intensive care unit";
		String body = "We predict septic shock from vital signs with a recurrent network.";

		float[] first = this.embedding.embed(title, body);
		float[] again = this.embedding.embed(title, body);
		float[] elsewhere = CompletableFuture.supplyAsync(() -> this.embedding.embed(title, body)).get();

		assertThat(first).hasSize(384);
		assertThat(again).containsExactly(first);
		assertThat(elsewhere).containsExactly(first);
		assertThat(HybridAffinity.dot(first, first)).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void loadsTheModelWithItsOwnClassLoaderWhateverTheThreadsContextClassLoader() throws Exception {
		ClassLoader bare = new java.net.URLClassLoader(new java.net.URL[0], null);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(bare);
		try {
			ClassLoader seen = MiniLmEmbedding.withOwnClassLoader(() -> Thread.currentThread().getContextClassLoader());

			assertThat(seen).isSameAs(MiniLmEmbedding.class.getClassLoader());
			assertThat(thread.getContextClassLoader()).isSameAs(bare);
			assertThat(seen.getResource("all-minilm-l6-v2.onnx")).isNotNull();
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	@Test
	void turnsOffTheTokenizerLibrarysTelemetry() {
		this.embedding.embed("Sepsis", "Early warning.");

		assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
		assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
	}

	@Test
	void findsTheSameTopicInOtherWords() {
		float[] submission = this.embedding.embed("Heart attack outcomes after discharge",
				"Readmission and death within a year of acute coronary events.");
		float[] cardiology = this.embedding.embed("Myocardial infarction survival",
				"Long-term mortality of patients treated for MI.");
		float[] genomics = this.embedding.embed("Variant calling in tumour genomes",
				"Somatic mutations from whole genome sequencing.");

		assertThat(HybridAffinity.dot(submission, cardiology)).isGreaterThan(HybridAffinity.dot(submission, genomics));
	}

	@Test
	void ranksTheReviewerWhoWroteAboutTheSubmissionFirst() {
		float[] submission = this.embedding.embed("Deep learning segmentation of lung nodules on CT",
				"A convolutional network outlines pulmonary nodules in chest computed tomography.");
		List<float[][]> reviewers = List.of(
				papers("Hospital staffing costs", "Nurse workload and budget planning in wards.",
						"Health economics of outpatient care", "Costs per visit in clinics."),
				papers("Automated detection of pulmonary nodules", "Neural networks find nodules in chest CT scans.",
						"Radiology image analysis with transformers", "Vision models for X-ray and CT reading."),
				papers("Gut microbiome and diet", "Sequencing stool samples of volunteers.", "Probiotics trial",
						"Randomised trial of probiotics for diarrhoea."));

		double[] scores = HybridAffinity.CHOSEN.scores(new double[] { 0, 0, 0 }, submission, reviewers);

		assertThat(scores[1]).isGreaterThan(scores[0]).isGreaterThan(0);
		assertThat(scores[1]).isGreaterThan(scores[2]);
	}

	@Test
	void givesNoVectorToJapaneseOrKoreanText() {
		assertThat(this.embedding.embed("敗血症の早期予測", "集中治療室の患者を対象とした研究")).isNull();
		assertThat(this.embedding.embed("패혈증 조기 예측", "중환자실 환자를 대상으로 한 연구")).isNull();
		assertThat(this.embedding.embed(null, null)).isNull();
	}

	private float[][] papers(String... titlesAndBodies) {
		float[][] papers = new float[titlesAndBodies.length / 2][];
		for (int i = 0; i < papers.length; i++) {
			papers[i] = this.embedding.embed(titlesAndBodies[2 * i], titlesAndBodies[2 * i + 1]);
		}
		return papers;
	}

}
