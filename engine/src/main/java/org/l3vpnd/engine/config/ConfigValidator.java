package org.l3vpnd.engine.config;

import java.util.List;

/**
 * A pure check of a whole candidate configuration. Validators see the whole candidate, so a
 * transaction that swaps two route distinguishers is judged on its result, not its order.
 */
@FunctionalInterface
public interface ConfigValidator {

    List<ConfigError> validate(RunningConfig running, RunningConfig candidate);
}
