using Participation.Api.Indicators.Charts;

namespace Participation.Api.Documentation;

/// <summary>
/// The chapters of a report (the annual monitoring report) as blocks every writer knows: headings, facts, paragraphs,
/// tables and charts. <see cref="Kind"/> takes the place of the word "Documentation" on the title page.
/// </summary>
public sealed record ReportPart(string Kind, string Subtitle, IReadOnlyList<ReportChapter> Chapters);

public sealed record ReportChapter(string Title, IReadOnlyList<ReportBlock> Blocks);

public abstract record ReportBlock;

/// <summary>A heading below the chapter's: level 2 or 3.</summary>
public sealed record ReportHeading(string Text, int Level) : ReportBlock;

/// <summary>A paragraph; <see cref="Typed"/> when people wrote it, so it finds its own direction.</summary>
public sealed record ReportParagraph(string Text, bool Typed = true, bool Muted = false) : ReportBlock;

public sealed record ReportFacts(IReadOnlyList<(string Label, string Value)> Facts) : ReportBlock;

/// <summary>A table; <see cref="Shares"/> are the columns' parts of the width, <see cref="Numeric"/> the columns set right.</summary>
public sealed record ReportTable(string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<float> Shares, IReadOnlySet<int> Numeric) : ReportBlock;

/// <summary>
/// A chart with what makes it accessible: its title, a description in words and its data as a table. The picture is
/// a PNG for Word and PDF and an SVG for HTML; either may be missing, the description and table never are.
/// </summary>
public sealed record ReportChart(string Title, string Description, byte[]? Png, string? Svg, ReportTable Data, ChartPicture? Picture = null) : ReportBlock;
