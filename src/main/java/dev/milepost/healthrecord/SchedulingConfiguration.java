package dev.milepost.healthrecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} (the weekly health snapshot); {@code milepost.scheduling.enabled=false}
 * switches it off, e.g. for a read-only instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "milepost.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
