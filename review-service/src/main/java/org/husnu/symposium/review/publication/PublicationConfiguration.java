package org.husnu.symposium.review.publication;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the PDF engine's settings ({@code symposium.pdf.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PdfProperties.class)
class PublicationConfiguration {

}
