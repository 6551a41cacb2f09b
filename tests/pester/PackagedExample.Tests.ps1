# The README's "Testing your scripts" example as a user meets it: a copy of the package folder alone (build.ps1
# -Task Package), the emulator tool installed offline from it into a temporary tool path, and the example's Pester
# file run in a fresh pwsh that finds both modules in that copy and idc-emulator on PATH, with no source tree in
# either. Also: the README and about_IdentityCenter show the example's files verbatim.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $version = "$($IdcModule.Version)"
    $examplesSource = Join-Path $repositoryRoot 'docs/examples'
    $exampleFiles = @('Runbook.ps1', 'sets.csv', 'Runbook.Tests.ps1')

    $package = Join-Path $TestDrive 'package'
    Copy-Item -LiteralPath (Get-IdcPackageFolder) -Destination $package -Recurse
    $tools = Join-Path $TestDrive 'tools'

    # Only the package folder as a source, and an empty package cache: an emulator of the same version cached by an
    # earlier run must not stand in for the one just packed.
    $nugetConfig = Join-Path $TestDrive 'nuget.config'
    Set-Content -LiteralPath $nugetConfig -Value '<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>'
    $savedPackages = $env:NUGET_PACKAGES
    $env:NUGET_PACKAGES = Join-Path $TestDrive 'nuget-packages'
    # Outside the source tree, so none of its global.json, nuget.config or tool manifest takes part.
    Push-Location -LiteralPath $TestDrive
    try {
        $installOutput = & dotnet tool install --tool-path $tools --configfile $nugetConfig --add-source $package IdentityCenter.Emulator --version $version 2>&1 | Out-String
        $installExit = $LASTEXITCODE
    }
    finally {
        $env:NUGET_PACKAGES = $savedPackages
        Pop-Location
    }

    # The child run: the example as the package ships it, Pester by path (Pester is the user's own), an NUnit report,
    # and where each module was loaded from.
    $examples = Join-Path $package 'IdentityCenter.Testing/Examples'
    $results = Join-Path $TestDrive 'example.xml'
    $loadedFrom = Join-Path $TestDrive 'loaded-from.txt'
    $childScript = Join-Path $TestDrive 'Invoke-Example.ps1'
    Set-Content -LiteralPath $childScript -Value @'
param($PesterPath, $TestPath, $ResultPath, $LoadedFromPath)
Import-Module $PesterPath
$settings = New-PesterConfiguration
$settings.Run.Path = $TestPath
$settings.Run.PassThru = $true
$settings.Output.Verbosity = 'Detailed'
$settings.TestResult.Enabled = $true
$settings.TestResult.OutputFormat = 'NUnitXml'
$settings.TestResult.OutputPath = $ResultPath
$result = Invoke-Pester -Configuration $settings
Get-Module IdentityCenter, IdentityCenter.Testing | ForEach-Object { "$($_.Name)=$($_.ModuleBase)" } | Set-Content -LiteralPath $LoadedFromPath
if ($result.Result -ne 'Passed') { exit 1 }
'@

    $pester = Join-Path (Get-Module -Name Pester).ModuleBase 'Pester.psd1'
    $pwsh = Get-IdcPwshCommand
    $saved = @{ PSModulePath = $env:PSModulePath; PATH = $env:PATH }
    foreach ($name in @('HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_DOMAIN_ID', 'HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT')) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
    }
    try {
        # Nothing of the caller's for the child: only the package on the module path, the tool path first on PATH,
        # and none of the credential variables.
        $env:PSModulePath = $package
        $env:PATH = $tools + [System.IO.Path]::PathSeparator + $env:PATH
        foreach ($name in @($saved.Keys | Where-Object { $_ -like 'HUAWEICLOUD_*' })) { [Environment]::SetEnvironmentVariable($name, $null) }
        Push-Location -LiteralPath $TestDrive
        $childOutput = & $pwsh.FilePath @($pwsh.Prefix) -NoProfile -NonInteractive -File $childScript `
            -PesterPath $pester -TestPath (Join-Path $examples 'Runbook.Tests.ps1') -ResultPath $results -LoadedFromPath $loadedFrom 2>&1 | Out-String
        $childExit = $LASTEXITCODE
    }
    finally {
        Pop-Location
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }

    function Get-MarkdownCodeBlocks {
        param([string] $Path)
        $text = (Get-Content -LiteralPath $Path -Raw) -replace "`r`n", "`n"
        [regex]::Matches($text, '(?ms)^```[a-z]*\n(.*?)^```$') | ForEach-Object { $_.Groups[1].Value }
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'The package folder' {
    It 'installs idc-emulator offline into a tool path' {
        $installExit | Should -Be 0 -Because $installOutput
        Get-ChildItem -LiteralPath $tools -Filter 'idc-emulator*' | Should -Not -BeNullOrEmpty
    }

    It 'holds an emulator that prints its address on a free port and its credentials as JSON' {
        $emulator = Start-IdcEmulator -Path $tools
        try {
            $emulator.Url | Should -Match '^http://127\.0\.0\.1:[1-9][0-9]*$'
            $emulator.AccessKeyId | Should -Not -BeNullOrEmpty
            (Get-IdcEmulatorState -Emulator $emulator).domainId | Should -Be $emulator.DomainId
        }
        finally {
            Stop-IdcEmulator -Emulator $emulator
        }
    }

    It 'ships the example beside the testing module as the source has it' {
        foreach ($file in $exampleFiles) {
            Get-Content -LiteralPath (Join-Path $examples $file) -Raw |
                Should -BeExactly (Get-Content -LiteralPath (Join-Path $examplesSource $file) -Raw) -Because "$file is shipped as written"
        }
    }
}

Describe 'The example run from the package alone' {
    It 'passes every test of the example in a fresh pwsh' {
        $childExit | Should -Be 0 -Because $childOutput
        $report = (Select-Xml -Path $results -XPath '/test-results').Node
        [int]$report.total | Should -Be 3 -Because 'the example has three tests'
        [int]$report.failures + [int]$report.errors + [int]$report.'not-run' + [int]$report.skipped | Should -Be 0 -Because $childOutput
    }

    It 'loaded both modules from the package copy' {
        $loaded = @{}
        foreach ($line in Get-Content -LiteralPath $loadedFrom) {
            $name, $path = $line -split '=', 2
            $loaded[$name] = $path
        }

        $loaded.Keys | Sort-Object | Should -Be @('IdentityCenter', 'IdentityCenter.Testing')
        foreach ($name in $loaded.Keys) {
            $loaded[$name] | Should -BeLike "$package*" -Because "$name must come from the package"
        }
    }
}

Describe 'The example in the documentation' {
    It '<Document> shows <File> verbatim' -ForEach @(
        foreach ($document in @('README.md', 'docs/help/about_IdentityCenter.md')) {
            foreach ($file in @('Runbook.ps1', 'sets.csv', 'Runbook.Tests.ps1')) {
                @{ Document = $document; File = $file }
            }
        }
    ) {
        $expected = (Get-Content -LiteralPath (Join-Path $examplesSource $File) -Raw) -replace "`r`n", "`n"
        Get-MarkdownCodeBlocks -Path (Join-Path $repositoryRoot $Document) | Should -Contain $expected
    }
}
