package org.husnu.symposium.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.husnu.symposium.core.i18n.Language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: {@code ?lang=en|ja|ko} on any page switches it and a cookie keeps it
 * (one cookie for both services); without a choice the browser's preferred language
 * decides, English when it is none of ours. Login sets it from the account.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "SYMPOSIUM_LANG";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookiePath("/");
		resolver.setDefaultLocaleFunction((request) -> Language.of(request.getLocale()).locale());
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String value) {
				// only our languages; anything else keeps the current one
				for (Language language : Language.values()) {
					if (language.name().equalsIgnoreCase(value)) {
						return language.locale();
					}
				}
				return null;
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
