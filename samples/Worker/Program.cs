// Worker sample: batch-signs every PDF of a folder with a local PKCS#12 key, reports progress, records each
// signing in the usage log, and stops cleanly on Ctrl+C (the file being signed is not left half-written).
// Usage: dotnet run --project samples/Worker -- --Worker:InputDirectory=IN --Worker:OutputDirectory=OUT
//          --Worker:Pkcs12Path=SIGNER.p12 --Worker:PasswordFile=SIGNER.password [--Worker:UsageLog=usage.jsonl]
using Bsre.Sdk.Samples.Worker;
using Bsre.Sdk.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

#region register
HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Services.Configure<BatchSigningOptions>(builder.Configuration.GetSection("Worker"));
builder.Services.AddBsreUsageRecorder(builder.Configuration["Worker:UsageLog"] ?? "bsre-usage.jsonl");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHostedService<BatchSigningService>();
#endregion

await builder.Build().RunAsync();
