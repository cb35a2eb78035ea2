package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quality measurement on the gold-standard reviewer–paper expertise data of Stelmakh
 * et al. (researchers' own expertise ratings, 1–5, for up to ten papers each): the loss
 * of the data set's evaluation script ({@code scripts/scoring.py},
 * {@code compute_main_metric}), a weighted Kendall-tau-style count of the pairs of papers
 * a method orders against the researcher's ratings, averaged over the ten data sets
 * {@code d_20_1} … {@code d_20_10} (reviewer archives of 20 papers, titles and
 * abstracts), as {@code evaluation_script.py} does. Lower is better; 0.5 is a constant
 * guess. The data are read from a clone of
 * {@code github.com/niharshah/goldstandard-reviewer-paper-match}; nothing of them is in
 * this repository.
 */
final class GoldStandardEvaluation {

	private final Map<String, Map<String, Double>> ratings;

	private final List<DataSet> dataSets;

	private GoldStandardEvaluation(Map<String, Map<String, Double>> ratings, List<DataSet> dataSets) {
		this.ratings = ratings;
		this.dataSets = dataSets;
	}

	/**
	 * Reads the ratings and the ten data sets.
	 * @param root the clone's root (with {@code data/evaluations.csv} and
	 * {@code evaluation_datasets/d_20_*})
	 */
	static GoldStandardEvaluation read(Path root) {
		Map<String, Map<String, Double>> ratings = new TreeMap<>();
		try {
			List<String> lines = Files.readAllLines(root.resolve("data/evaluations.csv"), StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split("\t", -1);
				Map<String, Double> rated = new LinkedHashMap<>();
				for (int x = 1; x <= 10; x++) {
					if (!cells[x].isBlank()) {
						rated.put(cells[x], Double.parseDouble(cells[10 + x]));
					}
				}
				ratings.put(cells[0], rated);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<DataSet> dataSets = new ArrayList<>();
		for (int x = 1; x <= 10; x++) {
			Path folder = root.resolve("evaluation_datasets/d_20_" + x);
			dataSets.add(new DataSet(OpenReviewFolder.archives(folder), OpenReviewFolder.submissions(folder)));
		}
		return new GoldStandardEvaluation(ratings, dataSets);
	}

	java.util.Set<String> reviewers() {
		return this.ratings.keySet();
	}

	/**
	 * The loss parts of every reviewer on every data set: [data set][reviewer in
	 * {@link #reviewers()} order] → (loss, max).
	 */
	Loss[][] parts(AffinityMethod method) {
		Loss[][] parts = new Loss[this.dataSets.size()][];
		for (int d = 0; d < this.dataSets.size(); d++) {
			parts[d] = losses(method, this.dataSets.get(d));
		}
		return parts;
	}

	/**
	 * The script's figure from parts: per data set the summed loss over the chosen
	 * reviewers divided by their summed maximum, averaged over the data sets.
	 */
	static double loss(Loss[][] parts, java.util.function.IntPredicate reviewers) {
		double sum = 0;
		for (Loss[] dataSet : parts) {
			double loss = 0;
			double max = 0;
			for (int r = 0; r < dataSet.length; r++) {
				if (reviewers.test(r)) {
					loss += dataSet[r].loss();
					max += dataSet[r].max();
				}
			}
			sum += (max > 0) ? loss / max : 0;
		}
		return sum / parts.length;
	}

	/**
	 * The loss of predictions published with the data set
	 * ({@code predictions/<algorithm>_d_20_<x>_ta.json}), by the same code.
	 * @return the loss, or {@code NaN} if the files are not there
	 */
	double publishedLoss(Path root, String algorithm) {
		double sum = 0;
		for (int x = 1; x <= 10; x++) {
			Path file = root.resolve("predictions/" + algorithm + "_d_20_" + x + "_ta.json");
			if (!Files.isRegularFile(file)) {
				return Double.NaN;
			}
			org.bson.Document predictions;
			try {
				predictions = org.bson.Document.parse(Files.readString(file, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			double loss = 0;
			double max = 0;
			for (Map.Entry<String, Map<String, Double>> reviewer : this.ratings.entrySet()) {
				org.bson.Document predicted = predictions.get(reviewer.getKey(), org.bson.Document.class);
				List<Map.Entry<String, Double>> rated = new ArrayList<>(reviewer.getValue().entrySet());
				for (int i = 0; i < rated.size(); i++) {
					for (int j = i + 1; j < rated.size(); j++) {
						double predictedDifference = ((Number) predicted.get(rated.get(i).getKey())).doubleValue()
								- ((Number) predicted.get(rated.get(j).getKey())).doubleValue();
						double trueDifference = rated.get(i).getValue() - rated.get(j).getValue();
						max += Math.abs(trueDifference);
						if (predictedDifference * trueDifference == 0) {
							loss += Math.abs(trueDifference) / 2;
						}
						if (predictedDifference * trueDifference < 0) {
							loss += Math.abs(trueDifference);
						}
					}
				}
			}
			sum += loss / max;
		}
		return sum / 10;
	}

	/**
	 * The loss of a method over all researchers, averaged over the ten data sets.
	 */
	double loss(AffinityMethod method) {
		return loss(parts(method), (r) -> true);
	}

	/**
	 * The loss parts of each researcher (in {@link #reviewers()} order) on one data set:
	 * {@code compute_main_metric} of the data set's scoring script, pair by pair.
	 */
	Loss[] losses(AffinityMethod method, DataSet dataSet) {
		AffinityIndex index = AffinityIndex.build(dataSet.archives(), dataSet.submissions(), method);
		return losses((id) -> index.scores(dataSet.submission(id)), dataSet);
	}

	/**
	 * The loss parts of any scorer: per data set, a submission id → every archive's score
	 * (in archive order).
	 */
	Loss[][] parts(java.util.function.IntFunction<java.util.function.Function<String, double[]>> scorer) {
		Loss[][] parts = new Loss[this.dataSets.size()][];
		for (int d = 0; d < this.dataSets.size(); d++) {
			parts[d] = losses(scorer.apply(d), this.dataSets.get(d));
		}
		return parts;
	}

	List<DataSet> dataSets() {
		return this.dataSets;
	}

	/**
	 * The loss parts of each researcher on one data set for a scorer.
	 */
	Loss[] losses(java.util.function.Function<String, double[]> scorer, DataSet dataSet) {
		Map<String, Integer> reviewerIndex = new HashMap<>();
		for (int r = 0; r < dataSet.archives().size(); r++) {
			reviewerIndex.put(dataSet.archives().get(r).reviewer().replace("~", ""), r);
		}
		Map<String, double[]> scoresBySubmission = new HashMap<>();
		List<Loss> losses = new ArrayList<>();
		for (Map.Entry<String, Map<String, Double>> reviewer : this.ratings.entrySet()) {
			List<Map.Entry<String, Double>> rated = new ArrayList<>(reviewer.getValue().entrySet());
			Integer r = reviewerIndex.get(reviewer.getKey());
			double[] predicted = new double[rated.size()];
			for (int i = 0; i < rated.size(); i++) {
				String paper = rated.get(i).getKey();
				double[] scores = scoresBySubmission.computeIfAbsent(paper, scorer);
				predicted[i] = (r != null) ? scores[r] : 0;
			}
			double lossSum = 0;
			double maxLoss = 0;
			for (int i = 0; i < rated.size(); i++) {
				for (int j = i + 1; j < rated.size(); j++) {
					double predictedDifference = predicted[i] - predicted[j];
					double trueDifference = rated.get(i).getValue() - rated.get(j).getValue();
					maxLoss += Math.abs(trueDifference);
					if (predictedDifference * trueDifference == 0) {
						lossSum += Math.abs(trueDifference) / 2;
					}
					if (predictedDifference * trueDifference < 0) {
						lossSum += Math.abs(trueDifference);
					}
				}
			}
			losses.add(new Loss(lossSum, maxLoss));
		}
		return losses.toArray(Loss[]::new);
	}

	/**
	 * A loss as the script accumulates it.
	 */
	record Loss(double loss, double max) {

		double value() {
			return (this.max > 0) ? this.loss / this.max : 0;
		}

	}

	/**
	 * One of the ten data sets.
	 */
	record DataSet(List<ReviewerArchive> archives, List<AffinityDocument> submissions) {

		AffinityDocument submission(String id) {
			for (AffinityDocument submission : this.submissions) {
				if (submission.id().equals(id)) {
					return submission;
				}
			}
			throw new IllegalArgumentException("No submission " + id);
		}

	}

}
