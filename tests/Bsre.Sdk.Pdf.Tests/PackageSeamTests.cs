using System.Reflection;
using System.Runtime.CompilerServices;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>
/// The shipped assemblies meet only through public API (docs/architecture.md): a patch release of one package cannot
/// break another at run time through an internal member. Tests and benchmarks may see internals; no shipped assembly may.
/// </summary>
public sealed class PackageSeamTests
{
    [Theory]
    [InlineData(typeof(CadesValidator))]
    [InlineData(typeof(PadesValidator))]
    [InlineData(typeof(TestPki))]
    [InlineData(typeof(Cli.BsreCli))]
    public void Internals_are_visible_to_tests_and_benchmarks_only(Type inAssembly)
    {
        string[] friends = [.. inAssembly.Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName)];

        Assert.All(friends, friend => Assert.True(friend.EndsWith(".Tests", StringComparison.Ordinal) || friend is "Bsre.Sdk.TestUtils" or "Bsre.Sdk.Benchmarks", friend));
    }
}
