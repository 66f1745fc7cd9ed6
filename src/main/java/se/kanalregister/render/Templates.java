package se.kanalregister.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.text.Messages;

/**
 * The FreeMarker set-up, built once per run and shared by every page.
 *
 * <p>Templates come from the user's templates folder first, file by file, then from the
 * built-in set in the jar. {@code .ftlh} templates escape every value as HTML,
 * {@code .ftlx} as XML, and {@code .ftl} are plain text (info texts). The configuration is
 * hardened: {@code ?new} can create nothing, {@code ?api} is off, errors are rethrown (never
 * written into a page), and {@code incompatible_improvements} is pinned so a library
 * upgrade cannot change the output silently. Thread-safe once built.
 */
public final class Templates {

    /** Where the built-in templates live in the jar; the repository's templates/ folder is packaged there. */
    public static final String BUILT_IN = "/se/kanalregister/templates";

    private final Configuration config;
    private final Path userFolder;
    private final Path displayBase;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    /** One msg() function per bundle, so its cache of formatted texts lasts the whole build. */
    private final Map<Messages, MessageFunction> functions = new ConcurrentHashMap<>();
    /** Per build: a set of templates is reused across the rebuilds of {@code serve}. */
    private volatile RenderBudget budget;


    /** @param displayBase errors name a user's template file relative to this folder when it lies below it */
    public Templates(Path userTemplates, Path displayBase) throws IOException {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userTemplates != null && Files.isDirectory(userTemplates)) loaders.add(new FileTemplateLoader(userTemplates.toFile()));
        loaders.add(new ClassTemplateLoader(Templates.class, BUILT_IN));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        // .ftlh and .ftlx as FreeMarker's standard extensions would make them, with formats that
        // escape straight into UTF-8; everything else is plain text
        c.setRecognizeStandardFileExtensions(false);
        // the same formats by name, for <#ftl output_format="HTML"> and <#outputformat "XML">
        c.setRegisteredCustomOutputFormats(List.of(EscapingFormats.HTML, EscapingFormats.XML));
        c.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), withFormat(EscapingFormats.HTML)),
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlx"), withFormat(EscapingFormats.XML)))
                .allowNoMatch(true));
        c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setAttemptExceptionReporter((te, env) -> { });
        c.setFallbackOnNullLoopVariable(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // Every page imports the layout: keep parsed templates for the whole build (the default
        // cache holds them softly, so a busy collector could make us parse them again), and look
        // each name up once, not first as a localised variant (layout_.ftlh) that never exists.
        c.setCacheStorage(new StrongCacheStorage());
        c.setLocalizedLookup(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(new RecordWrapper(wrapper));
        this.config = c;
        this.userFolder = userTemplates != null && Files.isDirectory(userTemplates) ? userTemplates : null;
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.budget = new RenderBudget(RenderBudget.configured());
    }

    private static TemplateConfiguration withFormat(OutputFormat format) {
        TemplateConfiguration tc = new TemplateConfiguration();
        tc.setOutputFormat(format);
        return tc;
    }

    /**
     * The file to fix when template {@code name} fails: the user's own copy when there is one
     * (relative to the display base when below it), else the built-in file as it stands in
     * this project's {@code templates/} folder.
     */
    public String shownName(String name) {
        if (userFolder != null && Files.isRegularFile(userFolder.resolve(name))) {
            return SourcePosition.displayName(displayBase, userFolder.resolve(name));
        }
        return "templates/" + name;
    }

    /** Starts the render budget of a new build that uses these templates; see {@link RenderBudget}. */
    public void startBuild() {
        RenderBudget previous = budget;
        budget = new RenderBudget(RenderBudget.configured());
        previous.cancel();
    }

    private boolean isUsers(String name) {
        return userFolder != null && Files.isRegularFile(userFolder.resolve(name));
    }

    /** The user's templates folder, whose files override the built-in ones, or null when there is none. */
    public Path userFolder() {
        return userFolder;
    }

    /**
     * The template called {@code name}, parsed once and then reused. A syntax error is a
     * {@link RenderException} at its line, like any other template error.
     */
    public Template get(String name) throws IOException {
        Template t = cache.get(name);
        if (t == null) {
            try {
                t = config.getTemplate(name);
            } catch (IOException e) {
                // FreeMarker remembers a failed parse and later throws an IOException caused by it
                RenderException syntax = syntaxError(e, name);
                if (syntax != null) throw syntax;
                throw e;
            }
            // a user's template may loop for ever: let the render budget stop it (see RenderBudget)
            if (isUsers(name)) _CoreAPI.addThreadInterruptedChecks(t);
            cache.put(name, t);
        }
        return t;
    }

    /**
     * Parses {@code names} now, so that rendering finds them ready. A template that fails to
     * parse is left alone: rendering meets it again and reports it where it is used.
     */
    public void parseAhead(List<String> names) {
        for (String name : names) {
            try {
                get(name);
            } catch (IOException | RuntimeException e) {
                // reported when the template is rendered
            }
        }
    }

    /** The names of the templates parsed so far (imported ones aside), for tests. */
    public Set<String> parsed() {
        return Set.copyOf(cache.keySet());
    }

    /**
     * Renders {@code name} with {@code model} (a record: templates see its components) and
     * {@code msg(key, args…)} for the bundle's texts in {@code messages}' language. A template error becomes a {@link RenderException}
     * naming the template and line, so a broken user template never yields a half-written page.
     */
    public String render(String name, Object model, Messages messages) throws IOException {
        return render(name, model, messages, (chars, length) -> new String(chars, 0, length));
    }

    /**
     * As {@link #render}, handing the rendered chars to {@code reader} instead of making a
     * string of them: for a text that is tidied before it is kept, which saves a copy of it.
     */
    public <T> T render(String name, Object model, Messages messages, RenderedChars<T> reader) throws IOException {
        Buffers buffers = Buffers.take();
        try {
            process(name, model, messages, buffers.text);
            return buffers.text.read(reader);
        } finally {
            buffers.release();
        }
    }

    /**
     * As {@link #render}, encoded as UTF-8 into {@code out} while it is rendered, block by block:
     * for pages written straight to a file, which never exist whole as a string or an array.
     */
    public void renderUtf8(String name, Object model, Messages messages, OutputStream out) throws IOException {
        Buffers buffers = Buffers.take();
        try {
            buffers.utf8.streamTo(out);
            process(name, model, messages, buffers.utf8);
            buffers.utf8.finish();
        } finally {
            buffers.release();
        }
    }

    /** The page {@code name} renders, made when it is written to its file. */
    public StreamedPage page(String name, Object model, Messages messages) {
        return out -> renderUtf8(name, model, messages, out);
    }

    /**
     * A thread's output buffers, reused from render to render: a build renders tens of
     * thousands of pages, and a fresh buffer for each was a tenth of all the memory it allocated.
     */
    private static final class Buffers {

        private static final ThreadLocal<Buffers> OWN = ThreadLocal.withInitial(Buffers::new);

        final Utf8Output utf8 = new Utf8Output(64 * 1024);
        final TextOutput text = new TextOutput(4 * 1024);
        private boolean busy;

        /** The thread's buffers, emptied; fresh ones for a render inside a render. */
        static Buffers take() {
            Buffers own = OWN.get();
            if (own.busy) return new Buffers();
            own.busy = true;
            own.text.reset();
            return own;
        }

        void release() {
            busy = false;
        }
    }

    private void process(String name, Object model, Messages messages, Writer out) throws IOException {
        Template t = get(name);
        RenderBudget budget = this.budget;
        if (budget.spent()) throw overBudget(name);
        budget.enter();
        try {
            Environment env = t.createProcessingEnvironment(model, out);
            env.setGlobalVariable("msg", functions.computeIfAbsent(messages, MessageFunction::new));
            env.process();
        } catch (StackOverflowError e) {
            throw tooDeep(t, name);
        } catch (RuntimeException e) {
            if (budget.spent()) throw overBudget(name);
            throw e;
        } catch (TemplateException e) {
            if (budget.spent()) throw overBudget(name);
            // a template the page imports failed to parse: FreeMarker reports it at the #import
            RenderException syntax = syntaxError(e, name);
            if (syntax != null) throw syntax;
            // the line is in the template that failed, which may be one the page imports (the layout)
            String failed = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            throw new RenderException(shownName(failed), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), e.getMessageWithoutStackTop());
        } finally {
            budget.leave();
        }
    }

    /** The render ran past its budget: a loop in the user's template that does not end, most likely. */
    private RenderException overBudget(String name) {
        int[] at = firstList(name);
        return RenderException.told(shownName(name), at[0], at[1], "render.over-budget");
    }

    /** Line and column of the first {@code <#list} in the user's template {@code name}, the likely loop; else 1:1. */
    private int[] firstList(String name) {
        if (!isUsers(name)) return new int[] {1, 1};
        try {
            String text = Files.readString(userFolder.resolve(name));
            int i = text.indexOf("<#list");
            if (i < 0) return new int[] {1, 1};
            int lineStart = text.lastIndexOf('\n', i - 1) + 1;
            int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
            return new int[] {line, text.codePointCount(lineStart, i) + 1};
        } catch (IOException e) {
            return new int[] {1, 1};
        }
    }

    /**
     * Macros called inside each other until the stack ran out: at the first macro of the
     * templates in use that calls itself, the usual cause, else at the page's template.
     */
    private RenderException tooDeep(Template page, String name) {
        List<Template> templates = new ArrayList<>(List.of(page));
        cache.values().stream().filter(x -> x != page).sorted(java.util.Comparator.comparing(Template::getSourceName))
                .forEach(templates::add);
        for (Template t : templates) {
            for (Object m : t.getMacros().values()) {
                freemarker.core.Macro macro = (freemarker.core.Macro) m;
                String body = t.getSource(macro.getBeginColumn(), macro.getBeginLine(), macro.getEndColumn(), macro.getEndLine());
                if (body.contains("<@" + macro.getName())) {
                    return RenderException.told(shownName(t.getSourceName()), macro.getBeginLine(), macro.getBeginColumn(),
                            "render.too-deep");
                }
            }
        }
        return RenderException.told(shownName(name), 1, 1, "render.too-deep");
    }

    /** The syntax error behind {@code failure}, at its own template's line, or null when there is none. */
    private RenderException syntaxError(Throwable failure, String name) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof ParseException p) {
                String file = p.getTemplateName() != null ? p.getTemplateName() : name;
                return new RenderException(shownName(file), p.getLineNumber(), p.getColumnNumber(), p.getEditorMessage());
            }
        }
        return null;
    }
}
