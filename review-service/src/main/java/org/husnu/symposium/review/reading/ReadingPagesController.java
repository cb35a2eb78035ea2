package org.husnu.symposium.review.reading;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one abstract for its reviewers and the chairs: title, topics in the
 * reader's language, keywords, presentation preference, text, and the PDF shown in the
 * page and for download; the authors only when review is not blind.
 */
@Controller
class ReadingPagesController {

	private final AbstractReading reading;

	private final ReferenceData referenceData;

	ReadingPagesController(AbstractReading reading, ReferenceData referenceData) {
		this.reading = reading;
		this.referenceData = referenceData;
	}

	@GetMapping("/abstracts/{abstract}")
	String read(@PathVariable("abstract") String abstractKey, Model model, Locale locale) {
		ReadableAbstract readable = this.reading.read(CurrentActor.require(), abstractKey);
		model.addAttribute("item", readable);
		Map<String, String> topicNames = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			topicNames.put(area.code(), area.name().in(Language.of(locale)));
		}
		model.addAttribute("topicNames", topicNames);
		model.addAttribute("inlinePdf", (readable.pdf() != null) ? readable.pdf().download() + "?inline=true" : null);
		return "abstracts/read";
	}

}
