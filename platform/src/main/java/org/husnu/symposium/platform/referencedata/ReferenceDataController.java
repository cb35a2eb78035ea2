package org.husnu.symposium.platform.referencedata;

import java.util.List;

import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceDataViews.InstitutionView;
import org.husnu.symposium.platform.referencedata.ReferenceDataViews.TopicAreaView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public reference data: topic areas and institutions, the same on both services.
 */
@RestController
@RequestMapping("/api")
class ReferenceDataController {

	private final ReferenceData referenceData;

	private final ReferenceDataMapper mapper;

	ReferenceDataController(ReferenceData referenceData, ReferenceDataMapper mapper) {
		this.referenceData = referenceData;
		this.mapper = mapper;
	}

	/**
	 * Topic areas in display order.
	 * @param includeRetired whether to list retired areas too
	 * @return the topic areas
	 */
	@GetMapping("/topic-areas")
	List<TopicAreaView> topicAreas(@RequestParam(defaultValue = "false") boolean includeRetired) {
		return this.mapper.toTopicAreaViews(this.referenceData.topicAreas(includeRetired));
	}

	@GetMapping("/topic-areas/{code}")
	TopicAreaView topicArea(@PathVariable String code) {
		return this.referenceData.topicArea(code)
			.map(this.mapper::toView)
			.orElseThrow(() -> new NotFoundException(
					"There is no topic area with code '" + code + "'; GET /api/topic-areas lists the codes"));
	}

	@GetMapping("/institutions")
	List<InstitutionView> institutions() {
		return this.mapper.toInstitutionViews(this.referenceData.institutions());
	}

}
