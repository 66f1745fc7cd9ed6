package se.kanalregister.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import se.kanalregister.diag.Faults;
import se.kanalregister.serve.Preview;
import se.kanalregister.serve.PreviewSettings;
import se.kanalregister.serve.Terminal;

/** {@code serve}: builds, serves the site on 127.0.0.1 and rebuilds after every change, until Ctrl-C. */
final class ServeCommand implements Command {

    /** 1–65535, or 0 for any free port. */
    static final Option<Integer> PORT = Option.valued("--port", "8001", 8000, ServeCommand::port);

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(PORT, CommonOptions.CONTENT, CommonOptions.TEMPLATES, CommonOptions.OUT, CommonOptions.TODAY,
                CommonOptions.STRICT, CommonOptions.QUIET);
    }

    @Override
    public ExitCode run(Invocation call) throws UsageException {
        Path content = PathGuards.content(call);
        Path templates = PathGuards.templates(call);
        Path out = PathGuards.output(call, content, templates);
        int port = call.get(PORT);
        PreviewSettings settings = new PreviewSettings(content, templates, out, port, call.get(CommonOptions.TODAY),
                call.strict(), call.workingDirectory(), call.clock());
        boolean colour = Terminal.wantsColour();
        Terminal terminal = new Terminal(call.out(), call.err(), call.messages(), call.quiet(), colour,
                colour && ProgressLine.stderrIsTerminal(), call.clock());
        try (Preview preview = Preview.start(settings, call.messages(), terminal,
                ProgressLine.startIfWanted(call.err(), call.messages(), call.quiet()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "kanalregister-stop"));
            preview.awaitStop();
            return preview.crashed() ? ExitCode.FAULT : ExitCode.OK;
        } catch (BindException e) {
            int other = port == 0 || port == 65535 ? 8001 : port + 1;
            throw String.valueOf(e.getMessage()).contains("in use")
                    ? new UsageException("cli.serve.port-taken", port, other)
                    : new UsageException("cli.serve.port-unusable", port, e.getMessage(), other);
        } catch (IOException e) {
            call.printError("cli.serve.failed", Faults.reason(e));
            return ExitCode.CONTENT_ERRORS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("cli.bad-port", value);
    }
}
