using System.Text.RegularExpressions;

namespace Bsre.Sdk.Tests.Usage;

/// <summary>
/// Docs cannot rot: every <c>```csharp</c> block in docs/ whose first line is <c>// snippet: PATH#REGION</c> must equal
/// that <c>#region</c> of the (compiled) sample source, indentation removed.
/// </summary>
public sealed partial class DocsSnippetTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string, string, string> Snippets()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string doc in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match block in CsharpBlock().Matches(Normalize(File.ReadAllText(doc))))
            {
                data.Add(Path.GetFileName(doc), block.Groups["ref"].Value, block.Groups["body"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Doc_snippet_matches_the_sample_source(string doc, string reference, string body)
    {
        string[] parts = reference.Split('#', 2);
        string source = Path.Combine(Root, parts[0]);
        Assert.True(File.Exists(source), $"{doc}: {parts[0]} does not exist.");
        string? region = Region(File.ReadAllLines(source), parts[1]);
        Assert.True(region is not null, $"{doc}: {parts[0]} has no '#region {parts[1]}'.");
        Assert.Equal(region, Trim(body.Split('\n')));
    }

    [Fact]
    public void Docs_quote_both_samples()
    {
        var references = Snippets().Select(row => (string)row[1]).ToList();
        Assert.Contains(references, r => r.StartsWith("samples/Console/", StringComparison.Ordinal));
        Assert.Contains(references, r => r.StartsWith("samples/Worker/", StringComparison.Ordinal));
    }

    private static string? Region(string[] lines, string name)
    {
        int start = Array.FindIndex(lines, line => line.Trim() == $"#region {name}");
        if (start < 0)
        {
            return null;
        }

        int end = Array.FindIndex(lines, start, line => line.Trim().StartsWith("#endregion", StringComparison.Ordinal));
        return Trim(lines[(start + 1)..end]);
    }

    /// <summary>Removes the common indentation, trailing white space and surrounding blank lines.</summary>
    private static string Trim(string[] lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var trimmed = lines.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()).TrimEnd());
        return string.Join('\n', trimmed).Trim('\n');
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bsre.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Bsre.Sdk.sln not found above the test's directory.");
    }

    [GeneratedRegex(@"^```csharp\n// snippet: (?<ref>[^\n#]+#[^\n]+)\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();
}
