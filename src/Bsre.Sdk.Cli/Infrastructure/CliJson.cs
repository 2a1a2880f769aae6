using System.Text.Json;
using System.Text.Json.Serialization;
using Bsre.Sdk.Client;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>The JSON the CLI writes with the serializer, source-generated (the native <c>bsre</c> has no reflection-based serialization).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VerificationResult))]
internal sealed partial class CliJson : JsonSerializerContext;
