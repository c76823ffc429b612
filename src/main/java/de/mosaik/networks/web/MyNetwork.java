package de.mosaik.networks.web;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.Participation;

/** One line of "my networks": the network and the signed-in person's part in it. */
public record MyNetwork(NetworkSummary network, Participation participation) {}
