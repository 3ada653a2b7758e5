package net.genvoice.survey.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One question: its prompt, its kind ({@code TEXT}, {@code RATING} 1 to 5, {@code CHOICE}), the
 * choices of a {@code CHOICE} question, and whether it must be answered (default: yes).
 */
public record QuestionCommand(
    @NotBlank @Size(max = 500) String prompt,
    @NotBlank @Size(max = 10) String kind,
    @Size(max = 10) List<@Size(max = 100) String> choices,
    Boolean required) {}
