package net.genvoice.communication.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.communication.control.AudienceQuery;
import net.genvoice.communication.control.NativeStatements;
import net.genvoice.communication.control.RegistryFreshness;
import net.genvoice.communication.control.RegistryState;
import net.genvoice.communication.entity.Campaign;
import net.genvoice.communication.entity.CampaignStatus;
import net.genvoice.communication.entity.Channel;
import net.genvoice.communication.entity.CustomerMessage;
import net.genvoice.communication.entity.MessageStatus;
import net.genvoice.communication.entity.SuppressionReason;
import net.genvoice.platform.error.InvalidInputException;

/**
 * P12: marketing campaigns, created and run by marketing staff. The audience is computed by the
 * database in one statement ({@link AudienceQuery}); running a campaign writes all its messages in
 * one statement (pending for the audience, suppressed with the reason for everyone else) and hands
 * the pending ones to the {@link CampaignDispatcher}, which checks each again when it is sent. A
 * telemarketing campaign refuses to run without a fresh national registry.
 */
@Stateless
public class Campaigns {

  static final int MESSAGE_LIMIT = 1000;

  @PersistenceContext EntityManager em;
  @Inject RegistryState registry;
  @EJB CampaignDispatcher dispatcher;

  Clock clock = Clock.systemUTC();

  public CampaignView create(String staffId, @NotNull @Valid CampaignCommand command) {
    Channel channel = channelOf(command.channel());
    Campaign campaign =
        new Campaign(
            command.name().strip(),
            channel,
            command.subject().strip(),
            command.body().strip(),
            staffId,
            clock.instant());
    em.persist(campaign);
    em.flush();
    return view(campaign);
  }

  /** Every campaign, newest first. */
  public List<CampaignView> all() {
    return em.createNamedQuery(Campaign.ALL, Campaign.class)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  public CampaignView find(String campaignId) {
    return view(campaign(campaignId));
  }

  /** Who the campaign would reach if it ran now, and who it would hold back, by reason. */
  public CampaignPreviewView preview(String campaignId) {
    Campaign campaign = campaign(campaignId);
    Channel channel = campaign.channel();
    Map<String, Long> suppressed = new LinkedHashMap<>();
    reasonsOf(channel).forEach(reason -> suppressed.put(reason.code(), 0L));
    long audience = 0;
    long active = 0;
    List<?> rows =
        NativeStatements.of(em, AudienceQuery.countsByReason(channel, clock.instant()))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long customers = ((Number) columns[1]).longValue();
      active += customers;
      if (columns[0] == null) {
        audience = customers;
      } else {
        suppressed.merge(columns[0].toString(), customers, Long::sum);
      }
    }
    RegistryStatusView registryStatus =
        channel == Channel.TELEMARKETING
            ? NationalRegistryImports.statusOn(today(), registry)
            : null;
    String blockedBy = blockedBy(campaign);
    return new CampaignPreviewView(
        campaign.id(),
        channel.code(),
        active,
        audience,
        suppressed,
        registryStatus,
        blockedBy == null,
        blockedBy);
  }

  /**
   * Starts the campaign: computes its audience and writes its messages, then lets the dispatcher
   * send them once this transaction has committed. Refused, writing nothing, when it ran before or
   * when a telemarketing campaign has no fresh national registry.
   */
  public CampaignView run(String staffId, String campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
    if (campaign == null) {
      throw new NoSuchRecordException("campaign");
    }
    if (campaign.status() != CampaignStatus.DRAFT) {
      throw new CampaignAlreadyRunException();
    }
    if (campaign.channel() == Channel.TELEMARKETING) {
      Optional<RegistryFreshness.Problem> problem = registry.problemOn(today());
      if (problem.isPresent()) {
        throw new RegistryNotFitException(problem.get());
      }
    }
    Instant now = clock.instant();
    campaign.start(staffId, now);
    em.flush();
    NativeStatements.of(
            em,
            AudienceQuery.insertMessages(
                campaign.id(), campaign.channel(), campaign.subject(), now))
        .executeUpdate();
    dispatcher.dispatchAfterCommit(campaign.id());
    return view(campaign);
  }

  /**
   * The campaign's messages (one per customer active at the start) with their outcome, the first
   * {@value #MESSAGE_LIMIT} by customer id; {@code status} (PENDING, SENT, SUPPRESSED, FAILED)
   * narrows them when given.
   */
  public List<MessageView> messages(String campaignId, String status) {
    Campaign campaign = campaign(campaignId);
    Optional<MessageStatus> only =
        status == null || status.isBlank()
            ? Optional.empty()
            : Optional.of(
                Arrays.stream(MessageStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(status.strip()))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            InvalidInputException.of(
                                "status", "Unknown status; PENDING, SENT, SUPPRESSED or FAILED")));
    var query =
        em.createQuery(
                "select m from CustomerMessage m where m.campaignId = :campaign"
                    + (only.isPresent() ? " and m.status = :status" : "")
                    + " order by m.customerId",
                CustomerMessage.class)
            .setParameter("campaign", campaign.id())
            .setMaxResults(MESSAGE_LIMIT);
    only.ifPresent(value -> query.setParameter("status", value));
    return query.getResultStream().map(MessageView::of).toList();
  }

  private String blockedBy(Campaign campaign) {
    if (campaign.status() != CampaignStatus.DRAFT) {
      return "campaign-already-run";
    }
    if (campaign.channel() != Channel.TELEMARKETING) {
      return null;
    }
    return registry.problemOn(today()).map(RegistryNotFitException::codeOf).orElse(null);
  }

  private CampaignView view(Campaign campaign) {
    Map<MessageStatus, Long> counts = new LinkedHashMap<>();
    em.createNamedQuery(CustomerMessage.COUNTS_OF_CAMPAIGN, Object[].class)
        .setParameter("campaign", campaign.id())
        .getResultList()
        .forEach(row -> counts.put((MessageStatus) row[0], ((Number) row[1]).longValue()));
    return CampaignView.of(
        campaign,
        new CampaignView.MessageCounts(
            counts.getOrDefault(MessageStatus.PENDING, 0L),
            counts.getOrDefault(MessageStatus.SENT, 0L),
            counts.getOrDefault(MessageStatus.SUPPRESSED, 0L),
            counts.getOrDefault(MessageStatus.FAILED, 0L)));
  }

  private Campaign campaign(String campaignId) {
    Campaign campaign = campaignId == null ? null : em.find(Campaign.class, campaignId);
    if (campaign == null) {
      throw new NoSuchRecordException("campaign");
    }
    return campaign;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  static Channel channelOf(String code) {
    return Channel.byCode(code == null ? null : code.strip())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "channel", "Unknown channel; choose one of: " + Channel.codes()));
  }

  /** The reasons a campaign on this channel can hold a customer back before sending. */
  static List<SuppressionReason> reasonsOf(Channel channel) {
    return switch (channel) {
      case TELEMARKETING ->
          List.of(
              SuppressionReason.CONSENT_WITHDRAWN,
              SuppressionReason.DO_NOT_CALL,
              SuppressionReason.NATIONAL_REGISTRY);
      case DIRECT_MAIL ->
          List.of(SuppressionReason.CONSENT_WITHDRAWN, SuppressionReason.DIRECT_MAIL_SUPPRESSION);
      case EMAIL ->
          List.of(SuppressionReason.CONSENT_WITHDRAWN, SuppressionReason.CONSENT_NOT_GIVEN);
    };
  }
}
