package net.genvoice.communication.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** P12: a request not to be called, for a number in E.164, with an optional note. */
public record DoNotCallCommand(
    @NotBlank @Size(max = 32) String phone, @Size(max = 200) String note) {}
