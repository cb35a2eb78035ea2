package org.husnu.symposium.core.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * Shared MapStruct configuration: mappers are Spring beans, and an unmapped target
 * property fails the build, so a field added to a document is never silently dropped from
 * its API form.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface SymposiumMapperConfig {

}
