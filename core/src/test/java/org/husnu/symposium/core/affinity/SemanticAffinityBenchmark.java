package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The sentence-embedding experiment (docs/affinity.md): all-MiniLM-L6-v2 run in the JVM
 * (langchain4j-embeddings, onnxruntime) alone and mixed with the lexical affinity, on the
 * gold-standard data, scored by the same code and cross-validated over researchers with
 * the lexical candidates in the same run. Only with
 * {@code -Pbench -Dsymposium.affinity.gold=<clone>}.
 */
@EnabledIfSystemProperty(named = "symposium.affinity.gold", matches = ".+")
class SemanticAffinityBenchmark {

	private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

	private final Map<String, float[]> cache = new HashMap<>();

	@Test
	void measuresEmbeddingAndHybridLoss() throws IOException {
		Path root = Path.of(System.getProperty("symposium.affinity.gold"));
		boolean chunks = Boolean.getBoolean("symposium.affinity.chunks");
		GoldStandardEvaluation evaluation = GoldStandardEvaluation.read(root);
		int reviewers = evaluation.reviewers().size();
		List<GoldStandardEvaluation.DataSet> dataSets = evaluation.dataSets();
		StringBuilder table = new StringBuilder("| method | loss (all 58 researchers) |\n|---|---|\n");

		// raw texts by paper id
		Map<String, String> texts = new HashMap<>();
		for (int x = 1; x <= 10; x++) {
			Path folder = root.resolve("evaluation_datasets/d_20_" + x);
			try (var files = Files.list(folder.resolve("archives"))) {
				for (Path file : files.toList()) {
					for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
						if (!line.isBlank()) {
							Document json = Document.parse(line);
							texts.put(OpenReviewFolder.text(json.get("id")), text(json));
						}
					}
				}
			}
			Document all = Document.parse(Files.readString(folder.resolve("submissions.json"), StandardCharsets.UTF_8));
			for (Map.Entry<String, Object> entry : all.entrySet()) {
				texts.put(entry.getKey(), text((Document) entry.getValue()));
			}
		}
		// embeddings, timed
		List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(texts.values()));
		for (int i = 0; i < 10; i++) {
			embed(distinct.get(i), chunks);
		}
		long start = System.nanoTime();
		for (int i = 10; i < 110; i++) {
			embed(distinct.get(i), chunks);
		}
		double sequentialMillis = (System.nanoTime() - start) / 1e6 / 100;
		start = System.nanoTime();
		embedAll(distinct, chunks);
		double totalSeconds = (System.nanoTime() - start) / 1e9;
		table.append(String.format(Locale.ROOT,
				"%nembedding: %d distinct texts, %.1f ms per text one at a time, %.1f s for all in parallel (chunks=%s)%n%n",
				distinct.size(), sequentialMillis, totalSeconds, chunks));

		// score matrices per data set: [submission][reviewer]
		List<double[][]> lexical = new ArrayList<>();
		List<double[][][]> perPaper = new ArrayList<>();
		List<Map<String, Integer>> submissionIndex = new ArrayList<>();
		for (GoldStandardEvaluation.DataSet dataSet : dataSets) {
			AffinityIndex index = AffinityIndex.build(dataSet.archives(), dataSet.submissions(), AffinityMethod.CHOSEN);
			double[][] lex = new double[dataSet.submissions().size()][];
			double[][][] cos = new double[dataSet.submissions().size()][dataSet.archives().size()][];
			Map<String, Integer> positions = new HashMap<>();
			for (int s = 0; s < lex.length; s++) {
				AffinityDocument submission = dataSet.submissions().get(s);
				positions.put(submission.id(), s);
				lex[s] = index.scores(submission);
				float[] query = this.cache.get(texts.get(submission.id()));
				for (int r = 0; r < dataSet.archives().size(); r++) {
					List<AffinityDocument> papers = dataSet.archives().get(r).papers();
					cos[s][r] = new double[papers.size()];
					for (int p = 0; p < papers.size(); p++) {
						cos[s][r][p] = dot(query, this.cache.get(texts.get(papers.get(p).id())));
					}
				}
			}
			lexical.add(lex);
			perPaper.add(cos);
			submissionIndex.add(positions);
		}

		Map<String, List<double[][]>> candidates = new LinkedHashMap<>();
		candidates.put(AffinityQualityBenchmark.describe(AffinityMethod.CHOSEN), lexical);
		Map<Integer, List<double[][]>> embeddings = new LinkedHashMap<>();
		for (int k : new int[] { 1, 3, 5, 8, 20 }) {
			List<double[][]> matrices = new ArrayList<>();
			for (double[][][] cos : perPaper) {
				double[][] m = new double[cos.length][];
				for (int s = 0; s < cos.length; s++) {
					m[s] = new double[cos[s].length];
					for (int r = 0; r < cos[s].length; r++) {
						m[s][r] = topMean(cos[s][r], k);
					}
				}
				matrices.add(m);
			}
			embeddings.put(k, matrices);
			candidates.put("MiniLM, " + ((k == 1) ? "best paper" : "mean of top " + k), matrices);
		}
		for (int k : new int[] { 3, 8 }) {
			for (String scale : new String[] { "raw", "min-max per reviewer", "rank per reviewer" }) {
				for (double alpha : new double[] { 0.3, 0.5, 0.7 }) {
					candidates.put(String.format(Locale.ROOT, "hybrid %.1f·lexical + %.1f·MiniLM top %d, %s", alpha,
							1 - alpha, k, scale), mix(lexical, embeddings.get(k), scale, alpha));
				}
			}
		}
		// the shipped combiner on the same vectors, with floors; floor 0 must equal the
		// raw 0.5/top-3 row
		List<List<float[][]>> papersByDataSet = new ArrayList<>();
		for (GoldStandardEvaluation.DataSet dataSet : dataSets) {
			List<float[][]> papers = new ArrayList<>();
			for (ReviewerArchive archive : dataSet.archives()) {
				papers.add(archive.papers()
					.stream()
					.map((p) -> this.cache.get(texts.get(p.id())))
					.toArray(float[][]::new));
			}
			papersByDataSet.add(papers);
		}
		for (double floor : new double[] { 0, 0.1, 0.2, 0.3, 0.4 }) {
			HybridAffinity hybrid = new HybridAffinity(0.5, 3, floor);
			List<double[][]> shipped = new ArrayList<>();
			for (int d = 0; d < dataSets.size(); d++) {
				GoldStandardEvaluation.DataSet dataSet = dataSets.get(d);
				double[][] m = new double[dataSet.submissions().size()][];
				for (int s = 0; s < m.length; s++) {
					m[s] = hybrid.scores(lexical.get(d)[s],
							this.cache.get(texts.get(dataSet.submissions().get(s).id())), papersByDataSet.get(d));
				}
				shipped.add(m);
			}
			candidates.put(String.format(Locale.ROOT, "HybridAffinity(0.5, top 3, floor %.1f)%s", floor,
					hybrid.equals(HybridAffinity.CHOSEN) ? " **(chosen, as shipped)**" : ""), shipped);
		}
		double[] all = perPaper.stream()
			.flatMap(java.util.Arrays::stream)
			.flatMap(java.util.Arrays::stream)
			.flatMapToDouble(java.util.Arrays::stream)
			.sorted()
			.toArray();
		table.append(String.format(Locale.ROOT,
				"%ncosine of a submission with an archive paper over all pairs: median %.3f, 90th percentile %.3f%n%n",
				all[all.length / 2], all[all.length * 9 / 10]));

		List<GoldStandardEvaluation.Loss[][]> lexicalParts = new ArrayList<>();
		List<String> lexicalNames = new ArrayList<>();
		for (AffinityMethod method : AffinityQualityBenchmark.candidates()) {
			lexicalParts.add(evaluation.parts(method));
			lexicalNames.add(AffinityQualityBenchmark.describe(method));
		}
		List<GoldStandardEvaluation.Loss[][]> parts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Map.Entry<String, List<double[][]>> candidate : candidates.entrySet()) {
			List<double[][]> matrices = candidate.getValue();
			GoldStandardEvaluation.Loss[][] loss = evaluation
				.parts((d) -> scorer(matrices.get(d), submissionIndex.get(d)));
			parts.add(loss);
			names.add(candidate.getKey());
			table.append(String.format(Locale.ROOT, "| %s | %.4f |%n", candidate.getKey(),
					GoldStandardEvaluation.loss(loss, (r) -> true)));
		}
		StringBuilder folds = new StringBuilder();
		double lexicalHeldOut = AffinityQualityBenchmark.crossValidated(lexicalParts, reviewers, new StringBuilder(),
				lexicalNames);
		List<GoldStandardEvaluation.Loss[][]> semanticParts = parts.subList(1, parts.size());
		List<String> semanticNames = names.subList(1, names.size());
		folds.append("\nMiniLM and hybrids only:");
		double semanticHeldOut = AffinityQualityBenchmark.crossValidated(semanticParts, reviewers, folds,
				semanticNames);
		List<GoldStandardEvaluation.Loss[][]> rawParts = new ArrayList<>(lexicalParts);
		List<String> rawNames = new ArrayList<>(lexicalNames);
		for (int c = 0; c < semanticNames.size(); c++) {
			if (!semanticNames.get(c).contains("per reviewer")) {
				rawParts.add(semanticParts.get(c));
				rawNames.add(semanticNames.get(c));
			}
		}
		folds.append("\nlexical grid + MiniLM + hybrids on raw scores (each pair's score its own):");
		double rawHeldOut = AffinityQualityBenchmark.crossValidated(rawParts, reviewers, folds, rawNames);
		List<GoldStandardEvaluation.Loss[][]> allParts = new ArrayList<>(lexicalParts);
		allParts.addAll(semanticParts);
		List<String> allNames = new ArrayList<>(lexicalNames);
		allNames.addAll(semanticNames);
		folds.append("\nlexical grid + MiniLM + hybrids:");
		double allHeldOut = AffinityQualityBenchmark.crossValidated(allParts, reviewers, folds, allNames);
		table.append(folds);
		table.append(String.format(Locale.ROOT,
				"%nheld-out loss (5-fold CV over researchers): lexical grid %.4f; MiniLM+hybrids %.4f;"
						+ " lexical grid + MiniLM + hybrids on raw scores %.4f;"
						+ " lexical grid + MiniLM + all hybrids %.4f%n",
				lexicalHeldOut, semanticHeldOut, rawHeldOut, allHeldOut));
		Path out = Path.of("target/bench/affinity-semantic" + (chunks ? "-chunks" : "") + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println(table);
	}

	private static List<double[][]> mix(List<double[][]> lexical, List<double[][]> embedding, String scale,
			double alpha) {
		List<double[][]> matrices = new ArrayList<>();
		for (int d = 0; d < lexical.size(); d++) {
			double[][] a = scaled(lexical.get(d), scale);
			double[][] b = scaled(embedding.get(d), scale);
			double[][] m = new double[a.length][a[0].length];
			for (int s = 0; s < a.length; s++) {
				for (int r = 0; r < a[s].length; r++) {
					m[s][r] = alpha * a[s][r] + (1 - alpha) * b[s][r];
				}
			}
			matrices.add(m);
		}
		return matrices;
	}

	private static Function<String, double[]> scorer(double[][] matrix, Map<String, Integer> positions) {
		return (id) -> matrix[positions.get(id)];
	}

	private static double[][] scaled(double[][] m, String scale) {
		if (scale.equals("raw")) {
			return m;
		}
		double[][] out = new double[m.length][m[0].length];
		for (int r = 0; r < m[0].length; r++) {
			double[] column = new double[m.length];
			for (int s = 0; s < m.length; s++) {
				column[s] = m[s][r];
			}
			if (scale.startsWith("min-max")) {
				double min = Double.MAX_VALUE;
				double max = -Double.MAX_VALUE;
				for (double v : column) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
				for (int s = 0; s < m.length; s++) {
					out[s][r] = (max > min) ? (column[s] - min) / (max - min) : 0;
				}
			}
			else {
				double[] sorted = column.clone();
				java.util.Arrays.sort(sorted);
				for (int s = 0; s < m.length; s++) {
					int lo = java.util.Arrays.binarySearch(sorted, column[s]);
					out[s][r] = (double) lo / Math.max(1, m.length - 1);
				}
			}
		}
		return out;
	}

	private static double topMean(double[] values, int k) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int n = Math.min(k, sorted.length);
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += sorted[sorted.length - 1 - i];
		}
		return (n > 0) ? sum / n : 0;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/**
	 * The text the model reads, as affinity-semantic's {@code MiniLmEmbedding.text}
	 * builds it.
	 */
	private static String text(Document json) {
		Document content = (json.get("content") instanceof Document c) ? c : new Document();
		String title = OpenReviewFolder.text(content.get("title"));
		String body = OpenReviewFolder.text(content.get("abstract"));
		String t = (title != null) ? title.strip() : "";
		String b = (body != null) ? body.strip() : "";
		return (t.isEmpty() || b.isEmpty()) ? t + b : t + ". " + b;
	}

	private float[] embed(String text, boolean chunks) {
		float[] cached = this.cache.get(text);
		if (cached != null) {
			return cached;
		}
		float[] vector = chunks ? chunked(text) : this.model.embed(text).content().vector();
		this.cache.put(text, vector);
		return vector;
	}

	private void embedAll(List<String> all, boolean chunks) {
		List<String> missing = all.stream().filter((t) -> !this.cache.containsKey(t)).toList();
		if (chunks) {
			missing.parallelStream().forEach((t) -> {
				float[] v = chunked(t);
				synchronized (this.cache) {
					this.cache.put(t, v);
				}
			});
			return;
		}
		var embeddings = this.model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
		for (int i = 0; i < missing.size(); i++) {
			this.cache.put(missing.get(i), embeddings.get(i).vector());
		}
	}

	/**
	 * The normalised mean of the embeddings of the title and of chunks of up to three
	 * sentences of the abstract.
	 */
	private float[] chunked(String text) {
		int split = text.indexOf(". ");
		List<String> parts = new ArrayList<>();
		parts.add(text.substring(0, Math.max(0, split)));
		String[] sentences = text.substring(split + 2).split("(?<=[.!?])\\s+");
		for (int i = 0; i < sentences.length; i += 3) {
			parts.add(
					String.join(" ", java.util.Arrays.asList(sentences).subList(i, Math.min(sentences.length, i + 3))));
		}
		float[] sum = null;
		for (String part : parts) {
			if (part.isBlank()) {
				continue;
			}
			float[] v = this.model.embed(part).content().vector();
			if (sum == null) {
				sum = new float[v.length];
			}
			for (int i = 0; i < v.length; i++) {
				sum[i] += v[i];
			}
		}
		double norm = 0;
		for (float f : sum) {
			norm += f * f;
		}
		for (int i = 0; i < sum.length; i++) {
			sum[i] /= (float) Math.sqrt(norm);
		}
		return sum;
	}

}
