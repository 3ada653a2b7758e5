package net.genvoice.communication.boundary;

/**
 * P12: the latest national registry import (null when there was none), and whether telemarketing
 * may run with it ({@code problem}: national-registry-missing or national-registry-stale).
 */
public record RegistryStatusView(
    RegistryImportView latest, boolean fitForTelemarketing, String problem, int maxAgeDays) {}
