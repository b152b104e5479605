package org.l3vpnd.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.l3vpnd.engine.config.ConfigException;

/** The l3vpnd command: runs the appliance, or manages its users. */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(Arrays.asList(argv)));
    }

    static int run(List<String> args) {
        try {
            if (args.contains("--help") || args.contains("-h")) {
                System.out.println(CommandLine.USAGE);
                return 0;
            }
            if (args.size() >= 2 && args.get(0).equals("user") && args.get(1).equals("add")) {
                UserAddCommand.run(CommandLine.parseUserAdd(args.subList(2, args.size())), System.out);
                return 0;
            }
            return runAppliance(CommandLine.parseRun(args));
        } catch (CommandLine.UsageException e) {
            System.err.println("l3vpnd: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            return 2;
        } catch (IOException | ConfigException | IllegalArgumentException e) {
            System.err.println("l3vpnd: " + e.getMessage());
            return 1;
        }
    }

    private static int runAppliance(LaunchOptions options) throws IOException, ConfigException {
        ConfigFile file = loadConfigFile(options);
        Appliance appliance = new Appliance(options, file);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            appliance.close();
            stopped.countDown();
        }, "shutdown");
        try {
            appliance.start(System.out);
        } catch (IOException | ConfigException | RuntimeException e) {
            appliance.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static ConfigFile loadConfigFile(LaunchOptions options) throws IOException {
        if (options.configFile().isPresent()) {
            return ConfigFile.parse(options.configFile().get().toString(),
                    Files.readString(options.configFile().get(), StandardCharsets.UTF_8));
        }
        try (InputStream in = Main.class.getResourceAsStream("default.conf")) {
            return ConfigFile.parse("default.conf", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
