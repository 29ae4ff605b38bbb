package dev.milepost.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} for the whole application (the weekly health snapshot, the
 * mail outbox worker); {@code milepost.scheduling.enabled=false} switches every job off,
 * e.g. for a read-only instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "milepost.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
