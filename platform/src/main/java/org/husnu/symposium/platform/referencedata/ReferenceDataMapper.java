package org.husnu.symposium.platform.referencedata;

import java.util.List;

import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.mapping.SymposiumMapperConfig;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceDataViews.InstitutionView;
import org.husnu.symposium.platform.referencedata.ReferenceDataViews.Names;
import org.husnu.symposium.platform.referencedata.ReferenceDataViews.TopicAreaView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps reference documents to their public JSON form.
 */
@Mapper(config = SymposiumMapperConfig.class)
interface ReferenceDataMapper {

	@Mapping(target = "names", source = "name")
	TopicAreaView toView(TopicArea topicArea);

	List<TopicAreaView> toTopicAreaViews(List<TopicArea> topicAreas);

	@Mapping(target = "names", source = "name")
	InstitutionView toView(Institution institution);

	List<InstitutionView> toInstitutionViews(List<Institution> institutions);

	Names toNames(LocalizedText text);

}
