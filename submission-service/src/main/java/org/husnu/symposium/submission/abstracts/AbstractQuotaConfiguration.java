package org.husnu.symposium.submission.abstracts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the per-account quotas ({@code symposium.submission.quota.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AbstractQuotaProperties.class)
class AbstractQuotaConfiguration {

}
