using System.Text.Json;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>One row of the PKITS EXPECTED.tsv: a path test with its RFC 5280 policy inputs and expected verdict.</summary>
internal sealed record PkitsRow(
    string Id,
    string Name,
    string Certificate,
    IReadOnlyList<string> OtherCertificates,
    IReadOnlyList<string> Crls,
    bool CheckRevocation,
    PolicyInputs Policies,
    bool ExpectValid,
    string ExpectedError)
{
    public static IReadOnlyList<PkitsRow> Load(string tsv) => File.ReadLines(tsv).Skip(1)
        .Where(line => line.Length > 0)
        .Select(Parse)
        .ToArray();

    private static PkitsRow Parse(string line)
    {
        string[] f = line.Split('\t');
        return new PkitsRow(
            f[0],
            f[1],
            f[2],
            List(f[3]),
            List(f[4]),
            f[6] == "true",
            ParsePolicies(f[7]),
            f[8].StartsWith("VALID", StringComparison.Ordinal),
            f.Length > 10 ? $"{f[9]}: {f[10]}" : string.Empty);
    }

    private static string[] List(string field) => field.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static PolicyInputs ParsePolicies(string json)
    {
        if (json.Length == 0)
        {
            return PolicyInputs.None;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        bool Flag(string name) => root.TryGetProperty(name, out var value) && value.GetBoolean();
        var set = root.TryGetProperty("user_initial_policy_set", out var policies)
            ? policies.EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        return new PolicyInputs(set, Flag("initial_explicit_policy"), Flag("initial_policy_mapping_inhibit"), Flag("initial_any_policy_inhibit"));
    }
}
