namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>The test classes that share one emulator (its test PKI and OCSP/CRL/TSA services take a moment to start).</summary>
[CollectionDefinition(Name)]
public sealed class EmulatorGroup : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "emulator";
}
