#Requires -Version 7.0
<#
.SYNOPSIS
Builds, tests, packages and demonstrates the IdentityCenter PowerShell module.

.DESCRIPTION
Build    Publishes the cmdlet assembly to out/IdentityCenter/<version>/ and its dependencies, with Core and the module's
         loading, to dependencies/ below it, and checks that layout (publishing also writes
         the help from docs/help into en-US/), writes the manifest there with ModuleVersion stamped from <VersionPrefix>
         in Directory.Build.props (the one version source) and ReleaseNotes from that version's section of
         CHANGELOG.md, copies the format file, and checks the result with Test-ModuleManifest. Lays out the script
         module IdentityCenter.Testing the same way in out/IdentityCenter.Testing/<version>/, with docs/examples in
         its Examples folder.
Test     Builds the solution with warnings as errors, runs every xunit suite, packages (as Package does), then runs
         the whole Pester suite in tests/pester in a fresh pwsh -NoProfile process against the built module and the
         local emulator (including the README's example run from a copy of out/package alone), with the Pester that
         Directory.Packages.props pins (restored from NuGet). Writes the results to out/test-results, prints the
         totals of both as "N passed, M failed", and fails when any test fails. Packaging needs this version's
         section in CHANGELOG.md.
Package  Builds (refusing a version without release notes in CHANGELOG.md), then lays the module out in
         out/package/IdentityCenter, ready for the PowerShell Gallery, and as a zip beside it, and checks the manifest
         there; IdentityCenter.Testing beside it the same way, and the emulator as the .NET tool package
         IdentityCenter.Emulator.<version>.nupkg (command idc-emulator) in out/package, so
         'dotnet tool install --tool-path <folder> --add-source out/package IdentityCenter.Emulator' installs it.
         Where PSResourceGet is installed, it also publishes both module folders to a local folder repository,
         out/package/repository, which leaves the .nupkg files the Gallery would receive.
Demo     Builds, starts the local emulator on http://127.0.0.1:5080, creates a permission set with its credentials,
         pipes it into Set-IdcCustomPolicy -PassThru, shows both results, and stops the emulator.

.EXAMPLE
./build.ps1

.EXAMPLE
./build.ps1 -Task Test -Configuration Debug

.EXAMPLE
./build.ps1 -Task Package -ProjectUri $projectAddress -LicenseUri $licenseAddress

.PARAMETER ProjectUri
The project's web address for the manifest's PSData; left out when not given.

.PARAMETER LicenseUri
The license's web address for the manifest's PSData; left out when not given.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',

    [string] $Configuration = 'Release',

    [string] $ProjectUri,

    [string] $LicenseUri
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$ModuleName = 'IdentityCenter'
$Root = $PSScriptRoot
$ManifestSource = Join-Path $Root "$ModuleName.psd1"
$CmdletProject = Join-Path $Root 'src/IdentityCenter.PowerShell'
$FormatSource = Join-Path $CmdletProject "$ModuleName.Format.ps1xml"
$EmulatorProject = Join-Path $Root 'src/IdentityCenter.Emulator/IdentityCenter.Emulator.csproj'
$PesterFolder = Join-Path $Root 'tests/pester'
$BuildTools = Join-Path $Root 'tools/IdentityCenter.BuildTools/IdentityCenter.BuildTools.csproj'
$Changelog = Join-Path $Root 'CHANGELOG.md'
$TestingModuleName = 'IdentityCenter.Testing'
$TestingSource = Join-Path $Root "src/$TestingModuleName"
$ExamplesSource = Join-Path $Root 'docs/examples'
$HelpFiles = @('en-US/IdentityCenter.PowerShell.dll-Help.xml', 'en-US/about_IdentityCenter.help.txt')
$DependencyAssemblies = @('IdentityCenter.PowerShell.Loading.dll', 'IdentityCenter.PowerShell.LoadContext.dll', 'IdentityCenter.Core.dll')

function Get-ModuleVersion {
    $props = Join-Path $Root 'Directory.Build.props'
    $node = Select-Xml -LiteralPath $props -XPath '/Project/PropertyGroup/VersionPrefix' | Select-Object -First 1
    if (-not $node -or -not $node.Node.InnerText.Trim()) {
        throw "Directory.Build.props has no <VersionPrefix>; it is the one source of the module version."
    }

    $node.Node.InnerText.Trim()
}

function Invoke-Dotnet {
    param([Parameter(Mandatory)][string[]] $Arguments)

    Write-Host "> dotnet $($Arguments -join ' ')" -ForegroundColor DarkGray
    # To the host, not the output: the functions below return paths, which dotnet's lines must not join.
    & dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Write-StampedManifest {
    param(
        [Parameter(Mandatory)][string] $Destination,
        [Parameter(Mandatory)][string] $Version,
        [string] $Source = $ManifestSource,
        [switch] $RequireReleaseNotes
    )

    # The stamping is a .NET tool, tested by xunit: the version, this version's CHANGELOG.md section as ReleaseNotes,
    # and the project and license addresses when given.
    $arguments = @('run', '--project', $BuildTools, '-c', $Configuration, '--', 'manifest',
        '--source', $Source, '--destination', $Destination, '--version', $Version, '--changelog', $Changelog)
    if ($ProjectUri) { $arguments += @('--project-uri', $ProjectUri) }
    if ($LicenseUri) { $arguments += @('--license-uri', $LicenseUri) }
    if ($RequireReleaseNotes) { $arguments += '--require-release-notes' }
    Invoke-Dotnet $arguments
}

function Invoke-Build {
    param([switch] $ForRelease)

    $version = Get-ModuleVersion
    $moduleFolder = Join-Path $Root "out/$ModuleName/$version"
    if (Test-Path -LiteralPath $moduleFolder) {
        Remove-Item -LiteralPath $moduleFolder -Recurse -Force
    }

    Invoke-Dotnet @('publish', $CmdletProject, '-c', $Configuration, '-o', $moduleFolder, '--nologo')

    # The host brings its own System.Management.Automation; a copy in the module folder would be a packaging mistake.
    if (Get-ChildItem -LiteralPath $moduleFolder -Recurse -Filter 'System.Management.Automation.dll') {
        throw 'System.Management.Automation.dll was published into the module folder; the reference package must stay compile-only.'
    }

    # The layout the module's loading expects: the cmdlet assembly alone in the module folder, everything else in
    # dependencies/, where PowerShell's own probing cannot hand our copies to the shared load context.
    $rootAssemblies = @(Get-ChildItem -LiteralPath $moduleFolder -Filter '*.dll' -File | ForEach-Object Name)
    if ($rootAssemblies.Count -ne 1 -or $rootAssemblies[0] -ne 'IdentityCenter.PowerShell.dll') {
        throw "The module folder must hold only IdentityCenter.PowerShell.dll, not: $($rootAssemblies -join ', ')."
    }

    foreach ($required in $DependencyAssemblies) {
        if (-not (Test-Path -LiteralPath (Join-Path $moduleFolder "dependencies/$required"))) {
            throw "Publishing wrote no dependencies/$required; the LayOutModuleDependencies target of the cmdlet project puts it there."
        }
    }

    foreach ($helpFile in $HelpFiles) {
        if (-not (Test-Path -LiteralPath (Join-Path $moduleFolder $helpFile))) {
            throw "Publishing wrote no $helpFile; the GenerateModuleHelp target of the cmdlet project makes it from docs/help."
        }
    }

    $manifest = Join-Path $moduleFolder "$ModuleName.psd1"
    Write-StampedManifest -Destination $manifest -Version $version -RequireReleaseNotes:$ForRelease
    Copy-Item -LiteralPath $FormatSource -Destination $moduleFolder -Force

    $checked = Test-ModuleManifest -Path $manifest -ErrorAction Stop
    if ("$($checked.Version)" -ne $version) {
        throw "The built manifest says version $($checked.Version), not $version."
    }

    Write-Host "Built $ModuleName $version in $moduleFolder" -ForegroundColor Green
    $moduleFolder
}

function Invoke-BuildTestingModule {
    param([switch] $ForRelease)

    # The emulator's PowerShell module: script only, so the build copies it, adds the example a user's own tests can
    # start from, and stamps its manifest as it stamps the main one.
    $version = Get-ModuleVersion
    $moduleFolder = Join-Path $Root "out/$TestingModuleName/$version"
    if (Test-Path -LiteralPath $moduleFolder) {
        Remove-Item -LiteralPath $moduleFolder -Recurse -Force
    }

    $null = New-Item -ItemType Directory -Path $moduleFolder -Force
    Copy-Item -LiteralPath (Join-Path $TestingSource "$TestingModuleName.psm1") -Destination $moduleFolder
    Copy-Item -LiteralPath $ExamplesSource -Destination (Join-Path $moduleFolder 'Examples') -Recurse

    $manifest = Join-Path $moduleFolder "$TestingModuleName.psd1"
    Write-StampedManifest -Source (Join-Path $TestingSource "$TestingModuleName.psd1") -Destination $manifest -Version $version -RequireReleaseNotes:$ForRelease
    $checked = Test-ModuleManifest -Path $manifest -ErrorAction Stop
    if ("$($checked.Version)" -ne $version) {
        throw "The built $TestingModuleName manifest says version $($checked.Version), not $version."
    }

    Write-Host "Built $TestingModuleName $version in $moduleFolder" -ForegroundColor Green
    $moduleFolder
}

function Add-TestingPackage {
    param([Parameter(Mandatory)][string] $PackageRoot)

    # Beside the main module: IdentityCenter.Testing as a folder and a zip, and the emulator as a .NET tool package, so
    # 'dotnet tool install --tool-path <folder> --add-source <package root> IdentityCenter.Emulator' works from here.
    $version = Get-ModuleVersion
    $moduleFolder = Invoke-BuildTestingModule -ForRelease
    $packageFolder = Join-Path $PackageRoot $TestingModuleName
    Copy-Item -LiteralPath $moduleFolder -Destination $packageFolder -Recurse
    $checked = Test-ModuleManifest -Path (Join-Path $packageFolder "$TestingModuleName.psd1") -ErrorAction Stop
    if (-not $checked.ReleaseNotes) {
        throw "The packaged $TestingModuleName manifest has no ReleaseNotes."
    }

    $zip = Join-Path $PackageRoot "$TestingModuleName-$version.zip"
    Compress-Archive -Path (Join-Path $packageFolder '*') -DestinationPath $zip -Force

    Invoke-Dotnet @('pack', $EmulatorProject, '-c', $Configuration, '-o', $PackageRoot, '--nologo')
    $toolPackage = Join-Path $PackageRoot "IdentityCenter.Emulator.$version.nupkg"
    if (-not (Test-Path -LiteralPath $toolPackage)) {
        throw "Packing the emulator wrote no $toolPackage."
    }

    Write-Host "Packaged $TestingModuleName $($checked.Version): $packageFolder and $zip; the emulator tool: $toolPackage" -ForegroundColor Green
    $packageFolder
}

function Get-PesterModulePath {
    # Pester comes from NuGet, downloaded by the solution's restore at the version Directory.Packages.props states
    # once; its module is in the package's tools/ folder.
    $props = Join-Path $Root 'Directory.Packages.props'
    $node = Select-Xml -LiteralPath $props -XPath '/Project/PropertyGroup/PesterVersion' | Select-Object -First 1
    if (-not $node -or -not $node.Node.InnerText.Trim()) {
        throw "Directory.Packages.props has no <PesterVersion>; it is the one source of the Pester version."
    }

    $version = $node.Node.InnerText.Trim()
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $manifest = Join-Path $packages "pester/$version/tools/Pester.psd1"
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "Pester $version is not in $packages; 'dotnet restore IdentityCenter.PowerShell.sln' downloads it."
    }

    $manifest
}

function Get-XunitTotals {
    param([Parameter(Mandatory)][string] $Folder)

    $passed = 0
    $failed = 0
    $files = @(Get-ChildItem -LiteralPath $Folder -Filter '*.trx' -File)
    foreach ($file in $files) {
        $counters = (Select-Xml -LiteralPath $file.FullName -XPath '//*[local-name()="Counters"]' | Select-Object -First 1).Node
        $passed += [int]$counters.passed
        # A test that errored or timed out did not pass either.
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }

    [pscustomobject]@{ Passed = $passed; Failed = $failed; Files = $files.Count }
}

function Get-PesterTotals {
    param([Parameter(Mandatory)][string] $Path)

    if (-not (Test-Path -LiteralPath $Path)) {
        return [pscustomobject]@{ Passed = 0; Failed = 1; Files = 0 }
    }

    # Pester's NUnit report: total counts every test, failures and errors those that did not pass, and not-run,
    # skipped and inconclusive the rest.
    $results = (Select-Xml -LiteralPath $Path -XPath '/test-results').Node
    $failed = [int]$results.failures + [int]$results.errors
    $notPassed = $failed + [int]$results.'not-run' + [int]$results.skipped + [int]$results.inconclusive + [int]$results.ignored
    [pscustomobject]@{ Passed = [int]$results.total - $notPassed; Failed = $failed; Files = 1 }
}

function Invoke-Test {
    $resultsFolder = Join-Path $Root 'out/test-results'
    if (Test-Path -LiteralPath $resultsFolder) {
        Remove-Item -LiteralPath $resultsFolder -Recurse -Force
    }

    $xunitFolder = Join-Path $resultsFolder 'xunit'
    $pesterResults = Join-Path $resultsFolder 'pester.xml'
    $solution = Join-Path $Root 'IdentityCenter.PowerShell.sln'

    # Warnings are errors here as in CI, so a newcomer's green run is CI's green run.
    Invoke-Dotnet @('build', $solution, '-c', $Configuration, '-warnaserror', '--nologo')

    # The benchmarks are not in the solution (bench/run builds and runs them), but they must go on building as the
    # module changes; the Pester suite runs the pwsh bench scripts with small counts for the same reason.
    Invoke-Dotnet @('build', (Join-Path $Root 'bench/IdentityCenter.Benchmarks/IdentityCenter.Benchmarks.csproj'), '-c', 'Release', '-warnaserror', '--nologo')

    # Every xunit suite; a failure is counted, not thrown, so the Pester suite still runs and both are reported.
    Write-Host "> dotnet test $solution -c $Configuration --no-build" -ForegroundColor DarkGray
    & dotnet test $solution -c $Configuration --no-build --nologo --logger trx --results-directory $xunitFolder | Out-Host
    $xunitExit = $LASTEXITCODE

    # Packaging builds the module too; the suite installs the emulator tool from the package and runs the README's
    # example against it.
    Invoke-Package
    $pester = Get-PesterModulePath

    # A fresh pwsh -NoProfile, so nothing this build loaded (assemblies, modules, variables) leaks into the tests.
    $pwsh = [Environment]::ProcessPath
    $pwshArguments = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($pwsh) -eq 'dotnet') {
        # Run as the dotnet tool: the host is dotnet, and pwsh.dll is the application.
        $pwshArguments += Join-Path $PSHOME 'pwsh.dll'
    }

    $pwshArguments += @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PesterFolder 'Invoke-PesterSuite.ps1'),
        '-PesterPath', $pester, '-ResultPath', $pesterResults, '-Configuration', $Configuration)
    Write-Host "> pwsh -NoProfile -File tests/pester/Invoke-PesterSuite.ps1" -ForegroundColor DarkGray
    & $pwsh @pwshArguments | Out-Host
    $pesterExit = $LASTEXITCODE

    $xunit = Get-XunitTotals -Folder $xunitFolder
    $pesterTotals = Get-PesterTotals -Path $pesterResults
    $passed = $xunit.Passed + $pesterTotals.Passed
    $failed = $xunit.Failed + $pesterTotals.Failed

    Write-Host ''
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed in $($xunit.Files) test project(s)"
    Write-Host "Pester: $($pesterTotals.Passed) passed, $($pesterTotals.Failed) failed"
    # The totals line CI reads: both suites, from their result files.
    Write-Host "$passed passed, $failed failed"

    if ($xunitExit -ne 0 -or $pesterExit -ne 0 -or $failed -ne 0 -or $xunit.Files -eq 0 -or $pesterTotals.Files -eq 0) {
        exit 1
    }
}

function Invoke-Package {
    $moduleFolder = Invoke-Build -ForRelease
    $version = Get-ModuleVersion
    $packageRoot = Join-Path $Root 'out/package'
    $packageFolder = Join-Path $packageRoot $ModuleName
    if (Test-Path -LiteralPath $packageRoot) {
        Remove-Item -LiteralPath $packageRoot -Recurse -Force
    }

    $null = New-Item -ItemType Directory -Path $packageFolder -Force
    # The module's layout as built (dependencies/ and the help folder en-US go along), less the debug symbols and the
    # build's dependency map, which are for developers, not for the installed module, in whichever folder they are.
    Get-ChildItem -LiteralPath $moduleFolder | Copy-Item -Destination $packageFolder -Recurse
    Get-ChildItem -LiteralPath $packageFolder -Recurse -File |
        Where-Object { $_.Extension -eq '.pdb' -or $_.Name -like '*.deps.json' } |
        Remove-Item -Force

    $checked = Test-ModuleManifest -Path (Join-Path $packageFolder "$ModuleName.psd1") -ErrorAction Stop
    if (-not $checked.ReleaseNotes) {
        throw "The packaged manifest has no ReleaseNotes."
    }

    $zip = Join-Path $packageRoot "$ModuleName-$version.zip"
    Compress-Archive -Path (Join-Path $packageFolder '*') -DestinationPath $zip -Force
    Write-Host "Packaged $ModuleName $($checked.Version): $packageFolder and $zip" -ForegroundColor Green
    $testingPackage = Add-TestingPackage -PackageRoot $packageRoot

    $psResourceGet = Get-Module -ListAvailable -Name Microsoft.PowerShell.PSResourceGet |
        Sort-Object Version -Descending |
        Select-Object -First 1
    if (-not $psResourceGet) {
        Write-Host 'No .nupkg made: PSResourceGet (Microsoft.PowerShell.PSResourceGet) is not installed.' -ForegroundColor Yellow
        Write-Host "Publish with:  Publish-PSResource -Path '$packageFolder' -Repository <repository>"
        return
    }

    Import-Module $psResourceGet.Path -ErrorAction Stop
    $repositoryFolder = Join-Path $packageRoot 'repository'
    $null = New-Item -ItemType Directory -Path $repositoryFolder -Force

    # A repository of its own, registered only for this publish, so the user's repository list is left as it was.
    $repositoryName = 'IdentityCenterBuild' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    Register-PSResourceRepository -Name $repositoryName -Uri $repositoryFolder -Trusted
    try {
        Publish-PSResource -Path $packageFolder -Repository $repositoryName -ErrorAction Stop
        Publish-PSResource -Path $testingPackage -Repository $repositoryName -ErrorAction Stop
    }
    finally {
        Unregister-PSResourceRepository -Name $repositoryName
    }

    $nupkgs = @(Get-ChildItem -LiteralPath $repositoryFolder -Filter '*.nupkg')
    if ($nupkgs.Count -lt 2) {
        throw "Publish-PSResource wrote $($nupkgs.Count) .nupkg into $repositoryFolder, not one per module."
    }

    $nupkgs | ForEach-Object { Write-Host "Published $($_.FullName)" -ForegroundColor Green }
}

function Invoke-Demo {
    $moduleFolder = Invoke-Build
    $null = Invoke-BuildTestingModule
    Invoke-Dotnet @('build', $EmulatorProject, '-c', $Configuration, '--nologo')
    Import-Module (Join-Path $PesterFolder 'IdcTestEmulator.psm1') -Force

    $emulator = Start-IdcTestEmulator -Url 'http://127.0.0.1:5080' -Configuration $Configuration
    try {
        Write-Host "Emulator listening on $($emulator.Url) (instance $($emulator.InstanceId))." -ForegroundColor Cyan
        Import-Module (Join-Path $moduleFolder "$ModuleName.psd1") -Force

        # The emulator's demo key pair, as a user would hold a real one: in a PSCredential.
        $secret = ConvertTo-SecureString -String $emulator.SecretAccessKey -AsPlainText -Force
        $connection = @{
            EndpointUrl = $emulator.Url
            Credential  = [pscredential]::new($emulator.AccessKeyId, $secret)
            DomainId    = $emulator.DomainId
        }

        $policy = @{
            Version   = '5.0'
            Statement = @(
                @{ Effect = 'Allow'; Action = @('obs:*:get*', 'obs:*:list*'); Resource = @('*') }
            )
        } | ConvertTo-Json -Depth 5

        $name = 'Demo-' + (Get-Date -Format 'HHmmss')
        Write-Host "`nNew-IdcPermissionSet -Name $name -SessionDuration (New-TimeSpan -Hours 8) -Tag 'purpose=demo' -Verbose" -ForegroundColor Cyan
        $permissionSet = New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name $name -Description 'Read-only object storage' `
            -SessionDuration (New-TimeSpan -Hours 8) -Tag 'purpose=demo;owner=build' @connection -Verbose
        $permissionSet | Format-Table | Out-Host

        Write-Host "`n... | Set-IdcCustomPolicy -Policy `$policy -PassThru" -ForegroundColor Cyan
        $assignment = $permissionSet | Set-IdcCustomPolicy -Policy $policy -PassThru @connection
        $assignment | Format-Table | Out-Host
        $permissionSet | Format-List | Out-Host
    }
    finally {
        Stop-IdcTestEmulator -Emulator $emulator
        Write-Host 'Emulator stopped.' -ForegroundColor Cyan
    }
}

switch ($Task) {
    'Build' { $null = Invoke-Build; $null = Invoke-BuildTestingModule }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
    'Demo' { Invoke-Demo }
}
