package org.husnu.symposium.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.husnu.symposium.platform.SymposiumProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API's authentication in the OpenAPI document, so Swagger UI offers
 * "Authorize" with a personal API token and generated clients send it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI symposiumOpenApi(SymposiumProperties properties) {
		SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.description("A personal API token from the profile page (POST /api/me/tokens), "
					+ "sent as Authorization: Bearer hsn_…; works on /api/** of both services");
		return new OpenAPI()
			.info(new Info().title("HU × SNU Medical AI — " + properties.serviceName())
				.description("Abstract submission and review. Errors are RFC 9457 problem details; see docs/api.md.")
				.version("1"))
			.components(new Components().addSecuritySchemes("apiToken", bearer))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

}
