package org.husnu.symposium.review.rankings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chairs' pages: the ranking with its filters, the balance of its top N and the form
 * that decides on the checked abstracts ({@code /rankings}), and the reviews of one
 * abstract side by side ({@code /rankings/{abstract}}).
 */
@Controller
class RankingPagesController {

	/** The size of the top the balance view shows unless the chair chooses another. */
	static final int DEFAULT_TOP = 12;

	private static final List<String> SORT_KEYS = List.of("number", "reviews", "assigned", "mean", "weightedMean",
			"median", "confidenceWeighted", "normalized", "spread");

	private final RankingService rankings;

	private final ReferenceData referenceData;

	RankingPagesController(RankingService rankings, ReferenceData referenceData) {
		this.rankings = rankings;
		this.referenceData = referenceData;
	}

	@GetMapping("/rankings")
	String rankings(@RequestParam(required = false) String sort, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String institution, @RequestParam(required = false) String presentation,
			@RequestParam(required = false) String student, @RequestParam(required = false) String disagreement,
			@RequestParam(required = false) Integer top, Model model, Locale locale) {
		RankingQuery query = RankingQuery.of(sort, topic, institution, presentation, student, disagreement);
		Ranking ranking = this.rankings.rank(CurrentActor.require(), query);
		int n = (top != null) ? Math.max(1, Math.min(top, 1000)) : DEFAULT_TOP;
		String queryString = query.queryString();
		Map<String, String> sortLinks = new LinkedHashMap<>();
		for (String key : SORT_KEYS) {
			sortLinks.put(key, "/rankings?" + query.sortedBy(key) + ((n != DEFAULT_TOP) ? "&top=" + n : ""));
		}
		String withTop = join(queryString, (n != DEFAULT_TOP) ? "top=" + n : "");
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("ranking", ranking);
		model.addAttribute("rows", ranking.rows());
		model.addAttribute("balance", ranking.balance(n));
		model.addAttribute("top", n);
		model.addAttribute("query", query);
		model.addAttribute("sortKey", query.sort().key());
		model.addAttribute("ascending", query.ascending());
		model.addAttribute("sortLinks", sortLinks);
		model.addAttribute("returnTo", "/rankings" + (withTop.isEmpty() ? "" : "?" + withTop));
		model.addAttribute("detailQuery", queryString.isEmpty() ? "" : "?" + queryString);
		model.addAttribute("exportQuery", queryString.isEmpty() ? "" : "?" + queryString);
		model.addAttribute("threshold", Math.round(ranking.form().disagreementThreshold() * 100));
		model.addAttribute("topicNames", topicNames(locale));
		model.addAttribute("presentations", PresentationPreference.values());
		model.addAttribute("outcomes", DecisionOutcome.values());
		Map<String, String> institutions = new LinkedHashMap<>();
		for (Institution each : this.referenceData.institutions()) {
			institutions.put(each.code(), each.name().in(Language.of(locale)));
		}
		model.addAttribute("institutions", institutions);
		return "rankings/list";
	}

	@GetMapping("/rankings/{abstract}")
	String sideBySide(@PathVariable("abstract") String abstractKey, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String institution,
			@RequestParam(required = false) String presentation, @RequestParam(required = false) String student,
			@RequestParam(required = false) String disagreement, Model model, Locale locale) {
		RankingQuery query = RankingQuery.of(sort, topic, institution, presentation, student, disagreement);
		SideBySide view = this.rankings.sideBySide(CurrentActor.require(), abstractKey, query);
		String suffix = view.query().isEmpty() ? "" : "?" + view.query();
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("view", view);
		model.addAttribute("row", view.row());
		model.addAttribute("suffix", suffix);
		model.addAttribute("backLink", "/rankings" + suffix);
		model.addAttribute("topicNames", topicNames(locale));
		return "rankings/abstract";
	}

	private Map<String, String> topicNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			names.put(area.code(), area.name().in(Language.of(locale)));
		}
		return names;
	}

	private static String join(String first, String second) {
		if (first.isEmpty()) {
			return second;
		}
		return second.isEmpty() ? first : first + "&" + second;
	}

}
