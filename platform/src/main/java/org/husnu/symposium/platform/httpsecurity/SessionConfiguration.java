package org.husnu.symposium.platform.httpsecurity;

import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.SymposiumProperties;
import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.config.annotation.web.http.EnableMongoHttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in MongoDB under one cookie for both services: log in on one, be logged in on
 * the other; log out on one, be logged out of both. Any instance serves any session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoHttpSession(collectionName = CollectionNames.SESSIONS)
@EnableScheduling
class SessionConfiguration {

	/** The session cookie both services share. */
	static final String SESSION_COOKIE = "SYMPOSIUM_SESSION";

	@Bean
	CookieSerializer sessionCookie(SymposiumProperties properties) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(SESSION_COOKIE);
		cookie.setSameSite("Lax");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(properties.session().secureCookies());
		cookie.setCookiePath("/");
		if (!properties.session().cookieDomain().isBlank()) {
			cookie.setDomainName(properties.session().cookieDomain());
		}
		return cookie;
	}

	@Bean
	SessionRepositoryCustomizer<MongoIndexedSessionRepository> sessionTimeout(SymposiumProperties properties) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(properties.session().timeout());
	}

}
