using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Email;

public sealed record RenderedEmail(string Subject, string Html, string Text);

/// <summary>
/// Renders e-mail templates with Handlebars (logic-less: no code runs). The HTML part is HTML-escaped, the subject and
/// the text part are not. Compiled templates are cached per key and compiled again when their text changes.
/// </summary>
public sealed partial class EmailRenderer(IOptions<EmailOptions> options)
{
    private static readonly IHandlebars HtmlEngine = Handlebars.Create();
    private static readonly IHandlebars PlainEngine = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private static readonly Lock CompileLock = new();
    private readonly ConcurrentDictionary<string, Compiled> _cache = new();
    private int _compilations;

    /// <summary>How many times a template was compiled: stays put while the cache serves.</summary>
    internal int Compilations => _compilations;

    public RenderedEmail Render(EmailTemplate template, string modelJson)
    {
        if (!_cache.TryGetValue(template.Key, out var compiled) || !compiled.IsFor(template.Subject, template.HtmlBody, template.TextBody))
        {
            compiled = Compile(template.Subject, template.HtmlBody, template.TextBody);
            _cache[template.Key] = compiled;
        }
        return compiled.Render(TemplateModel.FromJson(modelJson, options.Value.BaseUrl));
    }

    /// <summary>Renders templates that are not stored (a preview), without caching them.</summary>
    public RenderedEmail RenderUnsaved(string subject, string htmlBody, string textBody, string modelJson) =>
        Compile(subject, htmlBody, textBody).Render(TemplateModel.FromJson(modelJson, options.Value.BaseUrl));

    /// <summary>Null when the template compiles and renders the sample; else what Handlebars found wrong.</summary>
    public static string? FindError(string source, bool html)
    {
        try
        {
            lock (CompileLock)
                (html ? HtmlEngine : PlainEngine).Compile(source)(TemplateModel.FromJson(EmailSamples.ModelJson, "http://localhost"));
            return null;
        }
        catch (Exception e)
        {
            return e.Message;
        }
    }

    private Compiled Compile(string subject, string html, string text)
    {
        lock (CompileLock)
        {
            Interlocked.Increment(ref _compilations);
            return new Compiled(subject, html, text, PlainEngine.Compile(subject), HtmlEngine.Compile(html), PlainEngine.Compile(text));
        }
    }

    private sealed record Compiled(string SubjectSource, string HtmlSource, string TextSource,
        HandlebarsTemplate<object, object> Subject, HandlebarsTemplate<object, object> Html, HandlebarsTemplate<object, object> Text)
    {
        public bool IsFor(string subject, string html, string text) =>
            SubjectSource == subject && HtmlSource == html && TextSource == text;

        public RenderedEmail Render(object model) =>
            new(Whitespace().Replace(Subject(model), " ").Trim(), Html(model), Text(model));
    }

    /// <summary>A subject is one line: line breaks from the model would make an invalid header.</summary>
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
