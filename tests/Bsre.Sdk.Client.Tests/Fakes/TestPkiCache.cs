using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Client.Tests;

/// <summary>One test PKI for the whole test run (generating one takes about a second).</summary>
internal static class TestPkiCache
{
    private static readonly Lazy<TestPki> Instance = new(() => TestPki.Create());

    public static TestPki Pki => Instance.Value;
}
